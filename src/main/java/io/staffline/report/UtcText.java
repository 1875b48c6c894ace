package io.staffline.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants in titles and notes: {@code 2026-11-16 00:00 UTC}. */
public final class UtcText {
  private UtcText() {}

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

  public static String of(Instant at) {
    return FORMAT.format(at.atOffset(ZoneOffset.UTC));
  }
}
