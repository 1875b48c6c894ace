package io.staffline.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week ({@code 2026-W47}): Monday to Sunday, in UTC like every date of the metrics
 * tables. Week 1 is the week holding the year's first Thursday, so 2026-W01 starts on
 * 2025-12-29.
 */
public record IsoWeek(int weekBasedYear, int week) implements Comparable<IsoWeek> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-?W(\\d{2})");

  public IsoWeek {
    LocalDate probe = LocalDate.of(weekBasedYear, 6, 1);
    long weeks = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException(weekBasedYear + " has ISO weeks 1 to " + weeks + ", not " + week);
    }
  }

  /** Reads {@code 2026-W47} (or {@code 2026W47}). */
  public static IsoWeek parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO week: '" + text + "' (expected e.g. 2026-W47)");
    }
    return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The week holding {@code day}. */
  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The week holding the UTC date of {@code instant}. */
  public static IsoWeek of(Instant instant) {
    return of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
  }

  /** The last week that ended at or before {@code asOf} (the latest complete week). */
  public static IsoWeek lastCompleteAt(Instant asOf) {
    // The week holding asOf has not ended (it ends after asOf, even when asOf is its Monday 00:00).
    return of(asOf).minusWeeks(1);
  }

  public LocalDate monday() {
    return LocalDate.of(weekBasedYear, 6, 1)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /** Monday 00:00 UTC. */
  public Instant start() {
    return monday().atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The next Monday 00:00 UTC (exclusive end). */
  public Instant end() {
    return monday().plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public boolean contains(Instant t) {
    return !t.isBefore(start()) && t.isBefore(end());
  }

  public IsoWeek minusWeeks(int n) {
    return of(monday().minusWeeks(n));
  }

  public IsoWeek plusWeeks(int n) {
    return of(monday().plusWeeks(n));
  }

  /** {@code 9–15 Nov 2026}. */
  public String days() {
    LocalDate from = monday();
    LocalDate to = sunday();
    DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    return from.getMonth() == to.getMonth()
        ? from.getDayOfMonth() + "–" + to.format(full)
        : (from.getYear() == to.getYear() ? from.format(dayMonth) : from.format(full)) + " – " + to.format(full);
  }

  @Override
  public int compareTo(IsoWeek o) {
    return monday().compareTo(o.monday());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-W%02d", weekBasedYear, week);
  }
}
