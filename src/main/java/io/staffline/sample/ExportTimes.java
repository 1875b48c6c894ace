package io.staffline.sample;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.Locale;

/** Timestamps as the exports write them: to the second, local with offset or UTC with Z. */
final class ExportTimes {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  private final ZoneRules zone;

  ExportTimes(ZoneId zone) {
    this.zone = zone.getRules();
  }

  /** e.g. {@code 2026-09-01T10:15:22+02:00}. */
  String local(long epochSecond) {
    ZoneOffset offset = zone.getOffset(Instant.ofEpochSecond(epochSecond));
    return LOCAL.format(LocalDateTime.ofEpochSecond(epochSecond, 0, offset).atOffset(offset));
  }

  /** e.g. {@code 2026-09-01T08:15:22Z}. */
  static String utc(long epochSecond) {
    return UTC.format(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
  }
}
