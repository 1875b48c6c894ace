package io.staffline.ingest;

import io.staffline.ticket.Csat;
import io.staffline.ticket.Tier;
import io.staffline.ticket.Vocabulary;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * One input record as named text fields, with typed readers that reject a bad value with its
 * reason code and a message naming the column and the value.
 */
final class Fields {
  private final Map<String, String> values;
  private final ZoneId zone;
  private final Instant exportTime;

  Fields(Map<String, String> values, ZoneId zone, Instant exportTime) {
    this.values = values;
    this.zone = zone;
    this.exportTime = exportTime;
  }

  /** The stripped text of {@code column}, or null when absent or blank. */
  String text(String column) {
    String v = values.get(column);
    if (v == null) {
      return null;
    }
    v = v.strip();
    return v.isEmpty() ? null : v;
  }

  String required(String column) throws Reject {
    String v = text(column);
    if (v == null) {
      throw new Reject(ReasonCode.MISSING_VALUE, "required column '" + column + "' is empty");
    }
    return v;
  }

  /** A timestamp, never later than the export time. */
  Instant timestamp(String column, boolean required) throws Reject {
    String raw = required ? required(column) : text(column);
    if (raw == null) {
      return null;
    }
    Instant t;
    try {
      t = Timestamps.parse(raw, zone);
    } catch (DateTimeException e) {
      throw new Reject(ReasonCode.BAD_TIMESTAMP,
          "column '" + column + "': '" + raw + "' is not an ISO-8601 timestamp");
    }
    if (exportTime != null && t.isAfter(exportTime)) {
      throw new Reject(ReasonCode.AFTER_EXPORT_TIME,
          "column '" + column + "': " + t + " is after the export time " + exportTime);
    }
    return t;
  }

  LocalDate date(String column, boolean required) throws Reject {
    String raw = required ? required(column) : text(column);
    if (raw == null) {
      return null;
    }
    try {
      return Timestamps.parseDate(raw);
    } catch (DateTimeException e) {
      throw new Reject(ReasonCode.BAD_DATE, "column '" + column + "': '" + raw + "' is not a date yyyy-MM-dd");
    }
  }

  /** A whole number not below {@code min}. */
  Integer integer(String column, int min) throws Reject {
    String raw = text(column);
    if (raw == null) {
      return null;
    }
    try {
      int v = Integer.parseInt(raw);
      if (v < min) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new Reject(ReasonCode.BAD_NUMBER,
          "column '" + column + "': '" + raw + "' is not a whole number >= " + min);
    }
  }

  /** A positive decimal number. */
  Double positive(String column) throws Reject {
    String raw = text(column);
    if (raw == null) {
      return null;
    }
    try {
      double v = Double.parseDouble(raw);
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new Reject(ReasonCode.BAD_NUMBER, "column '" + column + "': '" + raw + "' is not a number > 0");
    }
  }

  /** The canonical code of a vocabulary value. */
  <E extends Enum<E> & Vocabulary.Coded> String code(String column, Class<E> type, boolean required)
      throws Reject {
    String raw = required ? required(column) : text(column);
    if (raw == null) {
      return null;
    }
    return Vocabulary.parse(type, raw).map(Vocabulary.Coded::code).orElseThrow(() -> new Reject(
        ReasonCode.UNKNOWN_VALUE,
        "column '" + column + "': '" + raw + "' is not one of " + Vocabulary.codes(type)));
  }

  Integer tier(String column, boolean required) throws Reject {
    String raw = required ? required(column) : text(column);
    if (raw == null) {
      return null;
    }
    return Tier.parse(raw).map(Tier::number).orElseThrow(() -> new Reject(ReasonCode.UNKNOWN_VALUE,
        "column '" + column + "': '" + raw + "' is not a support line 1, 2 or 3"));
  }

  String csat(String column) throws Reject {
    String raw = text(column);
    if (raw == null) {
      return null;
    }
    return Csat.parse(raw).map(Csat::code).orElseThrow(() -> new Reject(ReasonCode.UNKNOWN_VALUE,
        "column '" + column + "': '" + raw + "' is not a rating good|bad|1-5"));
  }

  String zoneId(String column) throws Reject {
    String raw = text(column);
    if (raw == null) {
      return null;
    }
    try {
      return ZoneId.of(raw).getId();
    } catch (DateTimeException e) {
      throw new Reject(ReasonCode.UNKNOWN_VALUE, "column '" + column + "': '" + raw + "' is not a time zone");
    }
  }
}
