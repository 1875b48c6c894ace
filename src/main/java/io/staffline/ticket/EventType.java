package io.staffline.ticket;

/** What happened to a ticket at one moment. */
public enum EventType implements Vocabulary.Coded {
  CREATED,
  ASSIGNED,
  GROUP_CHANGED,
  TIER_CHANGED,
  STATUS_CHANGED,
  PUBLIC_REPLY,
  INTERNAL_NOTE,
  SOLVED,
  REOPENED,
  CLOSED,
  RATED;

  @Override
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
