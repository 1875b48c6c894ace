package io.staffline.ingest;

import java.util.Locale;

/** Why an input row was quarantined (or flagged). docs/data-model.md §3 defines each code. */
public enum ReasonCode {
  BAD_HEADER,
  WRONG_DELIMITER,
  SHORT_ROW,
  LONG_ROW,
  UNBALANCED_QUOTE,
  BAD_ENCODING,
  BAD_JSON,
  MISSING_VALUE,
  BAD_TIMESTAMP,
  BAD_DATE,
  BAD_NUMBER,
  UNKNOWN_VALUE,
  SOLVED_BEFORE_CREATED,
  EVENT_BEFORE_CREATED,
  AFTER_EXPORT_TIME,
  DUPLICATE_TICKET,
  DUPLICATE_EVENT,
  DUPLICATE_AGENT,
  DUPLICATE_LEVEL,
  UNKNOWN_TICKET,
  UNKNOWN_AGENT,
  /** Not a quarantine: the row is accepted and counted under this flag. */
  AGENT_NOT_IN_ROSTER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
