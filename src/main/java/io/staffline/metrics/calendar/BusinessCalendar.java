package io.staffline.metrics.calendar;

import io.staffline.metrics.calendar.WallClock.Span;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A team's business hours: versions of weekly hours (each valid from a date until the next) plus
 * dated holidays. Answers how much open time lies between two moments, when a target of open time
 * is reached, and whether a moment is open. A moment is open when the wall clock in the zone of
 * the version valid at that moment reads a time inside that day's opening hours, after holiday
 * closures; everything else follows from that rule, daylight-saving changes included.
 *
 * <p>Cost: O(days spanned × opening ranges per day) for {@link #businessTime} and
 * {@link #addBusinessTime}; a ticket open 300 days is about 300 small steps. Instances are immutable,
 * thread-safe and {@link Serializable} (Spark ships them to executors). Definition and worked
 * examples: docs/business-hours.md.
 */
public final class BusinessCalendar implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final List<CalendarVersion> versions;
  /** {@code starts[i]} is the first moment of {@code versions.get(i)}. */
  private final Instant[] starts;
  private final Map<LocalDate, Holiday> holidays;

  /**
   * @param versions at least one, in any order, with distinct start dates; only the first may be
   *     {@link CalendarVersion#SINCE_EVER}
   * @param holidays at most one per date; they apply under every version
   */
  public BusinessCalendar(String name, Collection<CalendarVersion> versions,
      Collection<Holiday> holidays) {
    this.name = Objects.requireNonNull(name, "name");
    List<CalendarVersion> sorted = new ArrayList<>(versions);
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("calendar '" + name + "' needs at least one version");
    }
    sorted.sort(Comparator.comparing(CalendarVersion::validFrom));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).validFrom().equals(sorted.get(i - 1).validFrom())) {
        throw new IllegalArgumentException("calendar '" + name + "' has two versions valid from "
            + (sorted.get(i).isSinceEver() ? "ever (no valid_from)" : sorted.get(i).validFrom()));
      }
    }
    this.versions = List.copyOf(sorted);
    this.starts = sorted.stream().map(CalendarVersion::start).toArray(Instant[]::new);
    Map<LocalDate, Holiday> byDate = new HashMap<>();
    for (Holiday holiday : holidays) {
      Holiday earlier = byDate.put(holiday.date(), holiday);
      if (earlier != null) {
        throw new IllegalArgumentException("calendar '" + name + "' lists " + holiday.date()
            + " twice ('" + earlier.name() + "' and '" + holiday.name() + "')");
      }
    }
    this.holidays = Map.copyOf(byDate);
  }

  /** Open around the clock, always: business time equals calendar time. */
  public static BusinessCalendar alwaysOpen(String name) {
    return new BusinessCalendar(name,
        List.of(CalendarVersion.sinceEver(ZoneOffset.UTC, WeeklyHours.ALWAYS_OPEN)), List.of());
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  /** The versions, oldest first. */
  public List<CalendarVersion> versions() {
    return versions;
  }

  /** The holidays, by date. */
  public List<Holiday> holidays() {
    return holidays.values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
  }

  /** The version in force at {@code moment}. */
  public CalendarVersion versionAt(Instant moment) {
    return versions.get(versionIndexAt(moment));
  }

  /**
   * Open time within [from, to), exact to the nanosecond of the inputs.
   *
   * @throws IllegalArgumentException when {@code from} is after {@code to} (a negative span is a
   *     data error the caller must decide about, not zero), or when no version is valid at
   *     {@code from}
   */
  public Duration businessTime(Instant from, Instant to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("calendar '" + name + "': span from " + from
          + " to " + to + " ends before it starts");
    }
    Duration[] total = {Duration.ZERO};
    forEachOpenPeriod(from, to, (open, close) -> total[0] = total[0].plus(Duration.between(open, close)));
    return total[0];
  }

  /**
   * The open periods within [from, to), in time order, each clipped to the range: what
   * {@link #businessTime} adds up. Periods may touch (a range open to 24:00 and the next day's from
   * 00:00); closed time lies between the others.
   *
   * @throws IllegalArgumentException as {@link #businessTime}
   */
  public List<OpenPeriod> openPeriods(Instant from, Instant to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("calendar '" + name + "': span from " + from
          + " to " + to + " ends before it starts");
    }
    List<OpenPeriod> periods = new ArrayList<>();
    forEachOpenPeriod(from, to, (open, close) -> periods.add(new OpenPeriod(open, close)));
    // Day by day is time order except where a clock change at midnight repeats the hour before.
    periods.sort(Comparator.comparing(OpenPeriod::start));
    return periods;
  }

  /** An open period [start, end) in real time. */
  public record OpenPeriod(Instant start, Instant end) {
    public Duration length() {
      return Duration.between(start, end);
    }
  }

  /** Calls {@code visit} with each open period within [from, to), in time order. */
  private void forEachOpenPeriod(Instant from, Instant to, BiConsumer<Instant, Instant> visit) {
    for (int i = versionIndexAt(from); i < versions.size() && starts[i].isBefore(to); i++) {
      Instant segmentFrom = later(from, starts[i]);
      Instant segmentTo = i + 1 < versions.size() ? earlier(to, starts[i + 1]) : to;
      if (segmentFrom.isBefore(segmentTo)) {
        forEachOpenPeriodWithin(versions.get(i), segmentFrom, segmentTo, visit);
      }
    }
  }

  /** {@link #businessTime} in whole minutes, the seconds left over dropped (truncated). */
  public long businessMinutes(Instant from, Instant to) {
    return businessTime(from, to).toMinutes();
  }

  /**
   * The earliest moment at which {@code amount} of open time has passed since {@code start}: the
   * due time of a target in business hours. A target reached exactly at closing time is due at
   * closing time (Friday 17:30 + 30 min with 08–18 hours is Friday 18:00, not Monday 08:00); a zero
   * amount is due at {@code start}, open or not. So {@code businessTime(start, addBusinessTime(start,
   * d)) == d}.
   *
   * @throws IllegalArgumentException when {@code amount} is negative or no version is valid at
   *     {@code start}
   * @throws IllegalStateException when the calendar never opens again (its last version has no
   *     opening hours)
   */
  public Instant addBusinessTime(Instant start, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("calendar '" + name + "': cannot add negative business"
          + " time " + amount);
    }
    if (amount.isZero()) {
      return start;
    }
    Duration remaining = amount;
    for (int i = versionIndexAt(start); ; i++) {
      CalendarVersion version = versions.get(i);
      boolean last = i + 1 == versions.size();
      if (last && version.weeklyHours().isClosedAllWeek()) {
        throw new IllegalStateException("calendar '" + name + "' never opens after "
            + later(start, starts[i]) + " (its last version has no opening hours), so "
            + amount + " of business time is never reached");
      }
      Instant segmentFrom = later(start, starts[i]);
      Instant segmentTo = last ? Instant.MAX : starts[i + 1];
      ZoneId zone = version.zone();
      // A backward clock change at midnight can put later moments on the previous date.
      LocalDate date = LocalDate.ofInstant(segmentFrom, zone).minusDays(1);
      LocalDate lastDate = last ? LocalDate.MAX : LocalDate.ofInstant(segmentTo, zone).plusDays(1);
      for (; !date.isAfter(lastDate); date = date.plusDays(1)) {
        for (Span span : openSpans(version, date)) {
          Instant open = later(Instant.ofEpochSecond(span.start()), segmentFrom);
          Instant close = earlier(Instant.ofEpochSecond(span.end()), segmentTo);
          if (!open.isBefore(close)) {
            continue;
          }
          Duration length = Duration.between(open, close);
          if (remaining.compareTo(length) <= 0) {
            return open.plus(remaining);
          }
          remaining = remaining.minus(length);
        }
      }
    }
  }

  /**
   * Whether {@code moment} is in business hours.
   *
   * @throws IllegalArgumentException when no version is valid at {@code moment}
   */
  public boolean isOpen(Instant moment) {
    CalendarVersion version = versionAt(moment);
    LocalDateTime wallClock = LocalDateTime.ofInstant(moment, version.zone());
    for (TimeRange range : openRanges(version, wallClock.toLocalDate())) {
      if (range.contains(wallClock.toLocalTime())) {
        return true;
      }
    }
    return false;
  }

  private void forEachOpenPeriodWithin(CalendarVersion version, Instant from, Instant to,
      BiConsumer<Instant, Instant> visit) {
    ZoneRules rules = version.zone().getRules();
    // The wall clock of moments in [from, to) lies between from and to read at the smallest and
    // largest offsets in force in between.
    int minOffset = rules.getOffset(from).getTotalSeconds();
    int maxOffset = minOffset;
    for (ZoneOffsetTransition change = rules.nextTransition(from);
        change != null && change.getInstant().isBefore(to);
        change = rules.nextTransition(change.getInstant())) {
      minOffset = Math.min(minOffset, change.getOffsetAfter().getTotalSeconds());
      maxOffset = Math.max(maxOffset, change.getOffsetAfter().getTotalSeconds());
    }
    LocalDate first = LocalDate.ofInstant(from, ZoneOffset.ofTotalSeconds(minOffset));
    LocalDate last = LocalDate.ofInstant(to, ZoneOffset.ofTotalSeconds(maxOffset));
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (Span span : openSpans(version, date)) {
        Instant open = later(Instant.ofEpochSecond(span.start()), from);
        Instant close = earlier(Instant.ofEpochSecond(span.end()), to);
        if (open.isBefore(close)) {
          visit.accept(open, close);
        }
      }
    }
  }

  /** The real-time spans in which the calendar is open on {@code date}, in time order. */
  private List<Span> openSpans(CalendarVersion version, LocalDate date) {
    List<TimeRange> ranges = openRanges(version, date);
    if (ranges.isEmpty()) {
      return List.of();
    }
    ZoneRules rules = version.zone().getRules();
    LocalDateTime midnight = date.atStartOfDay();
    List<Span> spans = new ArrayList<>(ranges.size());
    for (TimeRange range : ranges) {
      // Wall-clock positions only; WallClock turns them into real time through the zone rules.
      WallClock.addSpans(midnight.plusSeconds(range.startSecond()),
          midnight.plusSeconds(range.endSecond()), rules, spans);
    }
    if (spans.size() > 1) {
      // A backward change repeats an hour, so a later range can start before an earlier one ends.
      spans.sort(Comparator.comparingLong(Span::start));
    }
    return spans;
  }

  /** The wall-clock opening ranges of {@code date}: the weekday's hours minus any holiday. */
  private List<TimeRange> openRanges(CalendarVersion version, LocalDate date) {
    List<TimeRange> weekly = version.weeklyHours().on(date.getDayOfWeek());
    Holiday holiday = holidays.get(date);
    return holiday == null || weekly.isEmpty() ? weekly
        : TimeRange.subtract(weekly, holiday.closed());
  }

  private int versionIndexAt(Instant moment) {
    for (int i = starts.length - 1; i >= 0; i--) {
      if (!starts[i].isAfter(moment)) {
        return i;
      }
    }
    CalendarVersion first = versions.get(0);
    throw new IllegalArgumentException("calendar '" + name + "' has no version valid at " + moment
        + ": its first version starts on " + first.validFrom() + " (" + first.zone() + ")");
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + name + ", " + versions.size() + " version(s), "
        + holidays.size() + " holiday(s)]";
  }

  /** Builds a calendar in plain Java (tests, defaults) without a configuration file. */
  public static final class Builder {
    private final String name;
    private final List<CalendarVersion> versions = new ArrayList<>();
    private final List<Holiday> holidays = new ArrayList<>();
    private ZoneId zone = ZoneOffset.UTC;

    private Builder(String name) {
      this.name = name;
    }

    /** The zone of the versions added after this call (default UTC). */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** A version valid since ever. */
    public Builder hours(WeeklyHours weeklyHours) {
      versions.add(CalendarVersion.sinceEver(zone, weeklyHours));
      return this;
    }

    /** A version valid from the start of {@code validFrom} in the current zone. */
    public Builder version(LocalDate validFrom, WeeklyHours weeklyHours) {
      versions.add(new CalendarVersion(validFrom, zone, weeklyHours));
      return this;
    }

    /** Closed all day on {@code date}. */
    public Builder holiday(LocalDate date, String holidayName) {
      return holiday(Holiday.wholeDay(date, holidayName));
    }

    public Builder holiday(Holiday holiday) {
      holidays.add(holiday);
      return this;
    }

    public BusinessCalendar build() {
      return new BusinessCalendar(name, versions, holidays);
    }
  }
}
