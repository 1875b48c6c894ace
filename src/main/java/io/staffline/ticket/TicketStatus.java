package io.staffline.ticket;

/** The lifecycle state of a ticket; pending and hold wait on someone else. */
public enum TicketStatus implements Vocabulary.Coded {
  NEW,
  OPEN,
  PENDING,
  HOLD,
  SOLVED,
  CLOSED;

  @Override
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
