package io.staffline.ticket;

/** The urgency agreed for a ticket. */
public enum Priority implements Vocabulary.Coded {
  URGENT,
  HIGH,
  NORMAL,
  LOW;

  @Override
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
