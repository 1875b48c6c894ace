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
    String s = raw.strip();
    Instant fast = parseCommon(s, zone);
    if (fast != null) {
      return fast;
    }
    return parseFull(s, zone);
  }

  /** The general reader: every form the formatter above accepts. */
  static Instant parseFull(String raw, ZoneId zone) throws DateTimeException {
    TemporalAccessor t = ISO.parseBest(raw.strip(), OffsetDateTime::from, LocalDateTime::from);
    if (t instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return ((LocalDateTime) t).atZone(zone).toInstant();
  }

  /**
   * The common shape, {@code yyyy-MM-ddTHH:mm:ss} (or a space for the T) with an optional fraction
   * of 1–9 digits and an optional {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or {@code ±HH} offset,
   * read by hand: the formatter's general parse was an eighth of the ingest's parsing time. Null
   * when {@code s} has another shape (the caller then uses {@link #parseFull}); an impossible
   * value in this shape (a 30 February, hour 24) throws as the formatter does. TimestampsTest
   * checks both readers agree.
   */
  static Instant parseCommon(String s, ZoneId zone) throws DateTimeException {
    int n = s.length();
    if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    char sep = s.charAt(10);
    if (sep != 'T' && sep != 't' && sep != ' ') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 10 && isDigit(s.charAt(i))) {
        i++;
      }
      int len = i - start;
      if (len == 0 || len > 9) {
        return null;
      }
      nano = digits(s, start, len);
      for (int k = len; k < 9; k++) {
        nano *= 10;
      }
    }
    LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
    if (i == n) {
      return local.atZone(zone).toInstant();
    }
    char c = s.charAt(i);
    if ((c == 'Z' || c == 'z') && i + 1 == n) {
      return local.toInstant(java.time.ZoneOffset.UTC);
    }
    if (c != '+' && c != '-') {
      return null;
    }
    int rest = n - i - 1;
    int oh;
    int om = 0;
    if (rest == 2) {
      oh = digits(s, i + 1, 2);
    } else if (rest == 4) {
      oh = digits(s, i + 1, 2);
      om = digits(s, i + 3, 2);
    } else if (rest == 5 && s.charAt(i + 3) == ':') {
      oh = digits(s, i + 1, 2);
      om = digits(s, i + 4, 2);
    } else {
      return null;
    }
    if ((oh | om) < 0) {
      return null;
    }
    int sign = c == '-' ? -1 : 1;
    return local.toInstant(java.time.ZoneOffset.ofHoursMinutes(sign * oh, sign * om));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The non-negative number in {@code s[from, from+len)}, or -1 when a character is not 0–9. */
  private static int digits(String s, int from, int len) {
    int v = 0;
    for (int k = from; k < from + len; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** A date {@code yyyy-MM-dd}. */
  public static LocalDate parseDate(String raw) throws DateTimeParseException {
    return LocalDate.parse(raw.strip());
  }
}
