package io.staffline.forecast;

import io.staffline.forecast.ArrivalHistory.QueueSeries;
import io.staffline.forecast.ForecastRun.DirectForecast;
import io.staffline.forecast.ForecastRun.QueueForecast;
import io.staffline.metrics.calendar.TeamCalendars;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The held-out evaluation (docs/forecasting.md §holdout): forecast as of {@code weeks} weeks
 * before the end, with exactly those weeks as horizon, and score against what arrived. Direct
 * forecasts are scored against new tickets (the chosen method per queue, each method alone, and
 * seasonal naive); cascade forecasts against escalations in. Holiday intervals are not scored. Pure.
 */
public final class Holdout {
  /** One queue's held-out score of its chosen method (the tally also holds seasonal naive's error). */
  public record QueueScore(QueueKey queue, Method chosen, AccuracyTally tally) {}

  /**
   * @param chosenDaily the chosen methods scored on each queue's daily totals (normal intervals summed)
   * @param cascadeDailyByLine each line's cascade scored on the line's daily totals
   * @param covered intervals whose actual lay within [contacts_lo, contacts_hi]
   */
  public record Report(Instant asOf, Instant end, List<QueueScore> queues, AccuracyTally chosen,
      AccuracyTally chosenDaily, EnumMap<Method, AccuracyTally> byMethod, TreeMap<Integer, AccuracyTally> cascadeByLine,
      TreeMap<Integer, AccuracyTally> cascadeDailyByLine, long covered, double coverage) {

    public String text() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "Holdout: forecast as of %s, scored on %s – %s (normal intervals only)%n",
          asOf, asOf, end));
      b.append(String.format(Locale.ROOT, "%-36s %-17s %9s %11s %8s%n", "queue", "chosen", "WAPE", "naive WAPE", "actual"));
      for (QueueScore q : queues) {
        b.append(String.format(Locale.ROOT, "%-36s %-17s %9.4f %11.4f %8.0f%n", q.queue(), q.chosen().code(),
            q.tally().wape(), q.tally().naiveWape(), q.tally().actualTotal()));
      }
      b.append(String.format(Locale.ROOT, "%nAll direct queues (%d intervals, %.0f contacts):%n", chosen.intervals(),
          chosen.actualTotal()));
      b.append(String.format(Locale.ROOT, "  %-22s WAPE %.4f  bias %+.4f  MASE %.4f%n", "chosen per queue",
          chosen.wape(), chosen.bias(), chosen.mase()));
      b.append(String.format(Locale.ROOT, "  %-22s WAPE %.4f  (seasonal naive %.4f), %d queue-days%n",
          "daily totals, chosen", chosenDaily.wape(), chosenDaily.naiveWape(), chosenDaily.intervals()));
      byMethod.forEach((m, t) -> b.append(String.format(Locale.ROOT, "  %-22s WAPE %.4f  bias %+.4f  MASE %.4f%n",
          m.code(), t.wape(), t.bias(), t.mase())));
      b.append(String.format(Locale.ROOT, "  %d%% interval held %.1f%% of the actuals (%d of %d)%n",
          Math.round(coverage * 100), 100.0 * covered / chosen.intervals(), covered, chosen.intervals()));
      cascadeByLine.forEach((line, t) -> b.append(String.format(Locale.ROOT,
          "Line %d cascade vs escalations in (%.0f): WAPE %.4f  bias %+.4f; seasonal naive of escalations: WAPE %.4f%n",
          line, t.actualTotal(), t.wape(), t.bias(), t.naiveWape())));
      cascadeDailyByLine.forEach((line, t) -> b.append(String.format(Locale.ROOT,
          "Line %d cascade, daily line totals: WAPE %.4f; seasonal naive of escalations: WAPE %.4f%n",
          line, t.wape(), t.naiveWape())));
      return b.toString();
    }
  }

  private Holdout() {}

  public static Report evaluate(ArrivalHistory history, EscalationTimes times, TeamCalendars calendars,
      ForecastSettings settings, Instant end, int weeks) {
    if (end.isAfter(history.end())) {
      throw new IllegalArgumentException("holdout end " + end + " is after the end of the arrivals (" + history.end() + ")");
    }
    Instant asOf = end.minus(Duration.ofDays(7L * weeks));
    ForecastSettings held = settings.withHorizonWeeks(weeks);
    ForecastRun run = new ForecastRun(history, times, calendars, held);
    ForecastRun.Plan plan = run.run(asOf);
    int n = history.indexOf(asOf);
    Seasons seasons = history.seasons();
    List<QueueScore> queues = new ArrayList<>();
    AccuracyTally chosen = new AccuracyTally();
    AccuracyTally chosenDaily = new AccuracyTally();
    EnumMap<Method, AccuracyTally> byMethod = new EnumMap<>(Method.class);
    long covered = 0;
    for (DirectForecast d : plan.direct()) {
      QueueForecast f = d.forecast();
      QueueSeries series = history.queues().get(f.queue());
      double[] y = run.history(f.queue(), series.newTickets(), n);
      double[] naive = new SeasonalNaive(seasons).forecast(y, plan.horizon());
      boolean[] closed = run.holidays(f.queue().team());
      AccuracyTally queue = new AccuracyTally();
      double[] day = new double[4];
      for (int i = 0; i < plan.horizon(); i++) {
        if (!closed[n + i]) {
          double actual = series.newTickets()[n + i];
          queue.add(f.contacts()[i], actual, naive[i]);
          chosen.add(f.contacts()[i], actual, naive[i]);
          covered += f.lower()[i] <= actual && actual <= f.upper()[i] ? 1 : 0;
          day[0] += f.contacts()[i];
          day[1] += actual;
          day[2] += naive[i];
          day[3]++;
        }
        if ((i + 1) % seasons.perDay() == 0) {
          if (day[3] > 0) {
            chosenDaily.add(day[0], day[1], day[2]);
          }
          day = new double[4];
        }
      }
      queues.add(new QueueScore(f.queue(), d.chosen(), queue));
      for (Method m : held.methods()) {
        double[] forecast = m.create(seasons, held.methodSettings()).forecast(y, plan.horizon());
        AccuracyTally tally = byMethod.computeIfAbsent(m, k -> new AccuracyTally());
        for (int i = 0; i < plan.horizon(); i++) {
          if (!closed[n + i]) {
            tally.add(forecast[i], series.newTickets()[n + i], naive[i]);
          }
        }
      }
    }
    TreeMap<Integer, AccuracyTally> cascade = new TreeMap<>();
    int days = plan.horizon() / seasons.perDay();
    TreeMap<Integer, double[][]> cascadeDays = new TreeMap<>();
    for (QueueForecast f : plan.cascade()) {
      double[][] lineDays = cascadeDays.computeIfAbsent(f.queue().tier(), k -> new double[days][3]);
      double[] escalations = history.queues().get(f.queue()).escalationsIn();
      double[] naive = new SeasonalNaive(seasons).forecast(run.history(f.queue(), escalations, n), plan.horizon());
      boolean[] closed = run.holidays(f.queue().team());
      AccuracyTally tally = cascade.computeIfAbsent(f.queue().tier(), k -> new AccuracyTally());
      for (int i = 0; i < plan.horizon(); i++) {
        if (!closed[n + i]) {
          tally.add(f.contacts()[i], escalations[n + i], naive[i]);
          double[] d = lineDays[i / seasons.perDay()];
          d[0] += f.contacts()[i];
          d[1] += escalations[n + i];
          d[2] += naive[i];
        }
      }
    }
    TreeMap<Integer, AccuracyTally> cascadeDaily = new TreeMap<>();
    cascadeDays.forEach((line, lineDays) -> {
      AccuracyTally t = new AccuracyTally();
      for (double[] d : lineDays) {
        t.add(d[0], d[1], d[2]);
      }
      cascadeDaily.put(line, t);
    });
    return new Report(asOf, end, queues, chosen, chosenDaily, byMethod, cascade, cascadeDaily, covered, held.intervalCoverage());
  }
}
