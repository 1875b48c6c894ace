package io.staffline.ticket;

/** How a contact reached support. */
public enum Channel implements Vocabulary.Coded {
  PHONE,
  EMAIL,
  CHAT,
  WEB,
  API,
  OTHER;

  @Override
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
