package io.staffline.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected arrival rate per hour: {@code base * hourly[local hour] * weekday[local day] *
 * trend * holiday}. The base is chosen so that an ordinary week (trend 1, no holiday) expects
 * {@code ticketsPerWeek} tickets; the trend is {@code 1 + trendPerWeek * (weeks since start -
 * weeks / 2)} at the middle of the hour, so the window as a whole averages trend 1.
 */
final class ArrivalRates {
  static final int HOUR = 3_600;
  static final int WEEK = 7 * 24 * HOUR;

  private final GeneratorSettings settings;
  private final ZoneRules zone;
  private final double[] hourly = new double[24];
  private final double[] weekday = new double[7];
  private final Map<LocalDate, Double> holidayFactor = new HashMap<>();
  private final double basePerHour;
  private final long windowStart;

  ArrivalRates(GeneratorSettings settings) {
    this.settings = settings;
    this.zone = settings.zone().getRules();
    List<Double> h = settings.arrivals().hourlyProfile();
    List<Double> d = settings.arrivals().weekdayProfile();
    double weekWeight = 0;
    for (int i = 0; i < 24; i++) {
      hourly[i] = h.get(i);
    }
    for (int j = 0; j < 7; j++) {
      weekday[j] = d.get(j);
      for (int i = 0; i < 24; i++) {
        weekWeight += hourly[i] * weekday[j];
      }
    }
    settings.arrivals().holidays().forEach(x -> holidayFactor.put(x.date(), x.factor()));
    this.basePerHour = settings.ticketsPerWeek() / weekWeight;
    this.windowStart = settings.windowStart().getEpochSecond();
  }

  /** Expected tickets in the hour starting at {@code hourStart} (epoch seconds). */
  double perHour(long hourStart) {
    LocalDateTime local = LocalDateTime.ofEpochSecond(hourStart, 0,
        zone.getOffset(Instant.ofEpochSecond(hourStart)));
    return basePerHour * hourly[local.getHour()] * weekday[local.getDayOfWeek().getValue() - 1]
        * trend(hourStart + HOUR / 2) * holidayFactor.getOrDefault(local.toLocalDate(), 1.0);
  }

  double trend(long at) {
    double weeksIn = (at - windowStart) / (double) WEEK;
    return 1 + settings.arrivals().trendPerWeek() * (weeksIn - settings.weeks() / 2.0);
  }

  /** The expected number of tickets in the whole window. */
  double expectedTickets() {
    double sum = 0;
    long end = settings.exportTime().getEpochSecond();
    for (long h = windowStart; h < end; h += HOUR) {
      sum += perHour(h);
    }
    return sum;
  }

  /** The busiest expected rate at a local hour: busiest weekday, highest trend, no holiday. */
  double peakPerHour(int localHour) {
    double maxWeekday = 0;
    for (double w : weekday) {
      maxWeekday = Math.max(maxWeekday, w);
    }
    double maxTrend = 1 + Math.abs(settings.arrivals().trendPerWeek()) * settings.weeks() / 2.0;
    return basePerHour * hourly[localHour] * maxWeekday * maxTrend;
  }

  double basePerHour() {
    return basePerHour;
  }
}
