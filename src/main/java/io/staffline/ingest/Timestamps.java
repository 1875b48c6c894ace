package io.staffline.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;

/**
 * Reads ISO-8601 timestamps: with an offset they are exact; naive local times are read in the
 * configured zone (a time in a daylight-saving gap moves forward by the gap, one in an overlap
 * takes the earlier offset — {@link java.time.ZonedDateTime#of} rules).
 */
public final class Timestamps {
  private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private Timestamps() {}

  /** The instant {@code raw} denotes, naive times read in {@code zone}. */
  public static Instant parse(String raw, ZoneId zone) throws DateTimeException {
    TemporalAccessor t = ISO.parseBest(raw.strip(), OffsetDateTime::from, LocalDateTime::from);
    if (t instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return ((LocalDateTime) t).atZone(zone).toInstant();
  }

  /** A date {@code yyyy-MM-dd}. */
  public static LocalDate parseDate(String raw) throws DateTimeParseException {
    return LocalDate.parse(raw.strip());
  }
}
