package io.staffline.forecast;

import io.staffline.forecast.ForecastRun.CascadeLink;
import io.staffline.forecast.ForecastRun.DirectForecast;
import io.staffline.forecast.ForecastRun.Plan;
import io.staffline.forecast.ForecastRun.QueueForecast;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The console summary of a forecast: methods and backtest WAPE per queue, the cascade, next week per line. */
public final class ForecastSummary {
  private ForecastSummary() {}

  public static String text(Plan plan, Seasons seasons) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Forecast as of %s: %d intervals of %d minutes (%d weeks)%n%n", plan.asOf(),
        plan.horizon(), plan.intervalMinutes(), plan.horizon() / seasons.perWeek()));
    b.append(String.format(Locale.ROOT, "%-36s %-17s %9s %11s   (rolling-origin backtest)%n", "queue", "method",
        "WAPE", "naive WAPE"));
    for (DirectForecast d : plan.direct()) {
      AccuracyTally t = d.backtest().of(d.chosen()).overall();
      b.append(String.format(Locale.ROOT, "%-36s %-17s %9.4f %11.4f%n", d.forecast().queue(), d.chosen().code(),
          t.wape(), t.naiveWape()));
    }
    Map<Integer, Map<String, double[]>> byLine = new TreeMap<>();
    for (CascadeLink l : plan.links()) {
      double[] c = byLine.computeIfAbsent(l.destination().tier(), k -> new TreeMap<>())
          .computeIfAbsent(l.destination().channel(), k -> new double[3]);
      c[0] += l.rate();
      c[1] = l.timeToEscalate().minutes();
      c[2] = l.shiftIntervals();
    }
    if (!byLine.isEmpty()) {
      b.append(String.format(Locale.ROOT, "%nCascade: escalations in = rate × arrivals at the line below (same channel),"
          + " shifted by the median time to escalate%n"));
      byLine.forEach((line, channels) -> {
        b.append(String.format(Locale.ROOT, "line %d:", line));
        channels.forEach((channel, c) -> b.append(String.format(Locale.ROOT, "  %s rate %.4f, %.0f min → %d intervals;",
            channel, c[0], c[1], (int) c[2])));
        b.append(System.lineSeparator());
      });
    }
    int week = Math.min(plan.horizon(), seasons.perWeek());
    b.append(String.format(Locale.ROOT, "%nNext week (%s to %s), contacts per line:%n", plan.asOf(),
        plan.asOf().plus(Duration.ofMinutes((long) plan.intervalMinutes() * week))));
    Map<Integer, double[]> totals = new TreeMap<>();
    for (QueueForecast f : plan.rows()) {
      double[] t = totals.computeIfAbsent(f.queue().tier(), k -> new double[2]);
      for (int i = 0; i < week; i++) {
        t[f.origin().ordinal()] += f.contacts()[i];
      }
    }
    totals.forEach((line, t) -> b.append(String.format(Locale.ROOT, "line %d  direct %10.1f  cascade %10.1f  total %10.1f%n",
        line, t[0], t[1], t[0] + t[1])));
    return b.toString();
  }
}
