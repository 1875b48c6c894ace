package io.staffline.report.weekly;

import io.staffline.ingest.ReasonCode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** What each quarantine reason code and flag means, in words (docs/data-model.md §3). */
final class ReasonMeaning {
  private ReasonMeaning() {}

  private static final Map<ReasonCode, String> MEANING = new EnumMap<>(ReasonCode.class);

  static {
    MEANING.put(ReasonCode.BAD_HEADER, "the header lacks a required column");
    MEANING.put(ReasonCode.WRONG_DELIMITER, "the header splits into the expected columns with another delimiter");
    MEANING.put(ReasonCode.SHORT_ROW, "fewer fields than the header");
    MEANING.put(ReasonCode.LONG_ROW, "more fields than the header");
    MEANING.put(ReasonCode.UNBALANCED_QUOTE, "a quoted field is not closed on its line");
    MEANING.put(ReasonCode.BAD_ENCODING, "the line is not valid UTF-8");
    MEANING.put(ReasonCode.BAD_JSON, "the line is not a JSON object");
    MEANING.put(ReasonCode.MISSING_VALUE, "a required field is empty");
    MEANING.put(ReasonCode.BAD_TIMESTAMP, "a timestamp does not parse");
    MEANING.put(ReasonCode.BAD_DATE, "a date does not parse");
    MEANING.put(ReasonCode.BAD_NUMBER, "a number does not parse");
    MEANING.put(ReasonCode.UNKNOWN_VALUE, "a value outside its vocabulary (channel, priority, status, ...)");
    MEANING.put(ReasonCode.SOLVED_BEFORE_CREATED, "a solved or closed time earlier than the creation");
    MEANING.put(ReasonCode.EVENT_BEFORE_CREATED, "an event earlier than its ticket's creation");
    MEANING.put(ReasonCode.AFTER_EXPORT_TIME, "a timestamp later than the export time");
    MEANING.put(ReasonCode.DUPLICATE_TICKET, "the same ticket seen before (the first is kept)");
    MEANING.put(ReasonCode.DUPLICATE_EVENT, "the same event seen before (the first is kept)");
    MEANING.put(ReasonCode.DUPLICATE_AGENT, "the same agent seen before (the first is kept)");
    MEANING.put(ReasonCode.DUPLICATE_LEVEL, "the same career-history row seen before");
    MEANING.put(ReasonCode.UNKNOWN_TICKET, "an event whose ticket was not accepted");
    MEANING.put(ReasonCode.UNKNOWN_AGENT, "a career-history row for an agent missing from the roster");
    MEANING.put(ReasonCode.AGENT_NOT_IN_ROSTER, "accepted; the event names an agent missing from the roster");
  }

  /** The meaning of {@code code}, or a plain note for a code this version does not know. */
  static String of(String code) {
    try {
      return MEANING.getOrDefault(ReasonCode.valueOf(code.toUpperCase(Locale.ROOT)), "");
    } catch (IllegalArgumentException e) {
      return code.equals("event_time_clamped") ? "accepted; an event time was moved to keep the order of a "
          + "profiled export" : "(not a reason code of this version; see docs/data-model.md)";
    }
  }
}
