package io.staffline.ticket;

/** An agent's career level. */
public enum Level implements Vocabulary.Coded {
  JUNIOR,
  MIDDLE,
  SENIOR,
  LEAD;

  @Override
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
