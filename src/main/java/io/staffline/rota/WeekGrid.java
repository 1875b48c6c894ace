package io.staffline.rota;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The planned week on the planning zone's wall clock: Monday 00:00 to Sunday 24:00 in intervals
 * of 15, 30 or 60 minutes, every day 24 hours long. Interval i of the week is followed by interval
 * i + 1, and the last (Sunday) by the first (Monday): the week is cyclic, so a shift starting
 * Sunday 22:00 covers Monday 00:00–06:00 of the repeating plan. On a daylight-saving change the
 * wall-clock grid stays whole (docs/rota.md §time): {@link #instant(int)} of a slot the clock skips
 * moves forward by the gap; a repeated hour's slot takes its first (earlier-offset) occurrence.
 *
 * @param zone planning zone
 * @param monday the week's Monday
 * @param intervalMinutes 15, 30 or 60
 */
public record WeekGrid(ZoneId zone, LocalDate monday, int intervalMinutes) {
  public static final int MINUTES_PER_DAY = 24 * 60;
  public static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

  public WeekGrid {
    if (intervalMinutes != 15 && intervalMinutes != 30 && intervalMinutes != 60) {
      throw new IllegalArgumentException("interval must be 15, 30 or 60 minutes, not " + intervalMinutes);
    }
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("a week starts on a Monday, not on " + monday);
    }
  }

  /** The ISO week (e.g. 2026-W47) containing {@code date}. */
  public static LocalDate mondayOf(LocalDate date) {
    return date.minusDays(date.getDayOfWeek().getValue() - 1L);
  }

  /** {@code 2026-W47} → its Monday. */
  public static LocalDate parseIsoWeek(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})").matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO week such as 2026-W47");
    }
    int year = Integer.parseInt(m.group(1));
    int week = Integer.parseInt(m.group(2));
    LocalDate mid = LocalDate.of(year, 6, 1);
    if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      throw new IllegalArgumentException("'" + text + "': " + year + " has no ISO week " + week);
    }
    return mondayOf(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
  }

  /** {@code 2026-W47}. */
  public String isoWeek() {
    return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public int intervals() {
    return MINUTES_PER_WEEK / intervalMinutes;
  }

  public int intervalsPerDay() {
    return MINUTES_PER_DAY / intervalMinutes;
  }

  /** The wall-clock start of interval {@code i}. */
  public LocalDateTime localStart(int i) {
    return monday.atStartOfDay().plusMinutes((long) i * intervalMinutes);
  }

  /** The instant interval {@code i} starts at (see the class comment for daylight-saving changes). */
  public Instant instant(int i) {
    return ZonedDateTime.ofLocal(localStart(i), zone, null).toInstant();
  }

  /** The first instant after the week. */
  public Instant end() {
    return ZonedDateTime.ofLocal(monday.plusDays(7).atStartOfDay(), zone, null).toInstant();
  }

  public Instant start() {
    return instant(0);
  }

  /** The interval a wall-clock time starts, or −1 when outside the week; the time must be on the grid. */
  public int slotOf(LocalDateTime local) {
    long minutes = Duration.between(monday.atStartOfDay(), local).toMinutes();
    if (local.isBefore(monday.atStartOfDay()) || minutes >= MINUTES_PER_WEEK) {
      return -1;
    }
    if (minutes % intervalMinutes != 0 || local.getSecond() != 0 || local.getNano() != 0) {
      throw new IllegalArgumentException(local + " is not on the " + intervalMinutes + "-minute grid");
    }
    return (int) (minutes / intervalMinutes);
  }

  /** Whether the wall-clock start of interval {@code i} does not exist (skipped by a clock change). */
  public boolean inGap(int i) {
    return zone.getRules().getValidOffsets(localStart(i)).isEmpty();
  }

  /** Interval {@code i} of the cyclic week: −1 is Sunday's last interval, {@code intervals()} is Monday's first. */
  public int wrap(int i) {
    return Math.floorMod(i, intervals());
  }

  /** {@code MON} … {@code SUN}. */
  public static String dayCode(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
  }
}
