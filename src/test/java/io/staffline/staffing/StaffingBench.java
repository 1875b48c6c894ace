package io.staffline.staffing;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.metrics.calendar.WeeklyHours;
import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Micro benchmark, not a test: the staffing job's path without I/O ({@link StaffingPlan#of}: every
 * queue-interval sized, then pooled per line with shrinkage) for 10,000 intervals of
 * {@link ErlangBench}'s profile (0 to ~1,700 Erlangs, AHT 120–600 s, 80% in 20 s, 90% cap), after
 * warm-up; then the same with Erlang A and as email on a Mon–Fri 09–17 calendar. Reproduce with:
 * {@code mvn -q -o -DskipTests package && mvn -q -o test-compile && java -cp
 * "target/classes:target/test-classes:target/lib/*" io.staffline.staffing.StaffingBench}
 */
public final class StaffingBench {
  private static final int INTERVALS = 10_000;
  private static final int WARM_UP_ROUNDS = 5;
  private static final int MEASURED_ROUNDS = 10;
  private static final Instant START = Instant.parse("2026-11-30T00:00:00Z");

  private StaffingBench() {}

  public static void main(String[] args) {
    Workload[] profile = ErlangBench.intervals(INTERVALS, 20_260_901L);
    String lines = "lines:\n  1: {planned_shrinkage: 20%, unplanned_shrinkage: 10%}\n";
    TeamCalendars nineToFive = TeamCalendars.only(BusinessCalendar.builder("9-17")
        .hours(WeeklyHours.builder().open(MONDAY, FRIDAY, "09:00-17:00").build()).build());
    measure("Erlang C", forecast(profile, Channel.PHONE), StaffingConfig.parse(
        "channels:\n  phone: {service_level: 80%, answer_seconds: 20, max_occupancy: 90%}\n" + lines,
        "bench"), nineToFive);
    measure("Erlang A (patience 120 s)", forecast(profile, Channel.PHONE), StaffingConfig.parse(
        "channels:\n  phone: {service_level: 80%, answer_seconds: 20, max_occupancy: 90%,"
            + " patience_seconds: 120}\n" + lines, "bench"), nineToFive);
    measure("backlog, 8 business hours", forecast(profile, Channel.EMAIL), StaffingConfig.parse(
        "channels:\n  email: {response_business_hours: 8}\n" + lines, "bench"), nineToFive);
  }

  /** One queue of line 1 with the profile's contacts and AHT in consecutive 30-minute intervals. */
  private static ForecastInput.Forecast forecast(Workload[] profile, Channel channel) {
    List<QueueInterval> intervals = new ArrayList<>(profile.length);
    for (int i = 0; i < profile.length; i++) {
      intervals.add(new QueueInterval(START.plus(Duration.ofMinutes(30L * i)), 30,
          profile[i].contactsPerInterval(), profile[i].ahtSeconds(), false));
    }
    Queue queue = new Queue("bench", channel, Tier.LINE_1);
    return new ForecastInput.Forecast(START, 30, List.of(new QueueForecast(queue, intervals)),
        Map.of(channel, Map.of("channels." + channel.code(),
            new ForecastInput.AhtUse(profile.length, 0, 300))));
  }

  private static void measure(String label, ForecastInput.Forecast forecast, StaffingConfig config,
      TeamCalendars calendars) {
    long agents = 0;
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      agents += scheduled(StaffingPlan.of(forecast, config, calendars));
    }
    long best = Long.MAX_VALUE;
    for (int round = 0; round < MEASURED_ROUNDS; round++) {
      long start = System.nanoTime();
      StaffingPlan plan = StaffingPlan.of(forecast, config, calendars);
      best = Math.min(best, System.nanoTime() - start);
      agents += scheduled(plan);
    }
    System.out.printf(Locale.ROOT,
        "%-26s best of %d: %8.1f ms for %,d intervals = %6.2f µs per interval (checksum %d)%n",
        label, MEASURED_ROUNDS, best / 1e6, INTERVALS, best / 1e3 / INTERVALS, agents);
  }

  private static long scheduled(StaffingPlan plan) {
    long sum = 0;
    for (LineRequirement line : plan.lines()) {
      sum += line.scheduled();
    }
    return sum;
  }
}
