package io.staffline.forecast;

import io.staffline.forecast.ArrivalHistory.QueueSeries;
import io.staffline.metrics.calendar.TeamCalendars;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One forecast, without I/O: every queue's direct forecast (backtest, method choice, intervals,
 * holidays, handle time) and the cascade demand of lines 2 and 3. docs/forecasting.md.
 */
public final class ForecastRun {
  /** The method name of cascade rows. */
  public static final String CASCADE_METHOD = "cascade";

  /** Where a row's contacts come from (docs/pipeline.md). */
  public enum Origin {
    DIRECT, CASCADE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One queue's rows over the horizon; {@code aht} is NaN where the queue has no handle time. */
  public record QueueForecast(QueueKey queue, Origin origin, String method, double[] contacts, double[] lower,
      double[] upper, double[] aht) {}

  /** A direct forecast with the backtest behind it. */
  public record DirectForecast(QueueForecast forecast, Method chosen, Backtest.Result backtest) {}

  /** How a line-2/3 queue's cascade was measured. */
  public record CascadeLink(QueueKey destination, double escalations, double sourceEntries, double rate,
      EscalationTimes.Median timeToEscalate, int shiftIntervals) {}

  /** Everything one run forecast; horizon step i starts at asOf + i intervals. */
  public record Plan(Instant asOf, int intervalMinutes, int horizon, List<DirectForecast> direct,
      List<CascadeLink> links, List<QueueForecast> cascade) {
    public List<QueueForecast> rows() {
      List<QueueForecast> rows = new ArrayList<>(direct.stream().map(DirectForecast::forecast).toList());
      rows.addAll(cascade);
      rows.sort((a, b) -> a.queue().equals(b.queue()) ? a.origin().compareTo(b.origin()) : a.queue().compareTo(b.queue()));
      return rows;
    }
  }

  private final ArrivalHistory history;
  private final EscalationTimes escalationTimes;
  private final TeamCalendars calendars;
  private final ForecastSettings settings;
  private final Seasons seasons;
  private final Map<String, boolean[]> holidaysOfTeam = new HashMap<>();

  public ForecastRun(ArrivalHistory history, EscalationTimes escalationTimes, TeamCalendars calendars,
      ForecastSettings settings) {
    this.history = history;
    this.escalationTimes = escalationTimes;
    this.calendars = calendars;
    this.settings = settings;
    this.seasons = history.seasons();
  }

  /** The forecast from {@code asOf} (a UTC midnight within the data), using the history before it. */
  public Plan run(Instant asOf) {
    int n = historyLength(asOf);
    int horizon = settings.horizonWeeks() * seasons.perWeek();
    List<DirectForecast> direct = new ArrayList<>();
    history.queues().forEach((queue, series) -> {
      if (QueueSeries.sum(series.newTickets(), n) > 0) {
        direct.add(direct(queue, series, n, horizon));
      }
    });
    List<CascadeLink> links = new ArrayList<>();
    List<QueueForecast> cascade = new ArrayList<>();
    for (int line = 2; line <= 3; line++) {
      cascadeInto(line, n, asOf, direct, links, cascade);
    }
    return new Plan(asOf, history.intervalMinutes(), horizon, List.copyOf(direct), List.copyOf(links),
        List.copyOf(cascade));
  }

  /** Intervals of history before {@code asOf}, checking that it is a day boundary within the data. */
  int historyLength(Instant asOf) {
    if (!asOf.equals(asOf.truncatedTo(java.time.temporal.ChronoUnit.DAYS))) {
      throw new IllegalArgumentException("as-of " + asOf + " is not a UTC midnight: forecasts start at a day boundary");
    }
    if (asOf.isAfter(history.end())) {
      throw new IllegalArgumentException("as-of " + asOf + " is after the end of the arrivals (" + history.end()
          + "): the intervals in between were never observed");
    }
    int n = asOf.isBefore(history.start()) ? -1 : history.indexOf(asOf);
    int needed = (settings.backtest().minTrainWeeks() + 1) * seasons.perWeek();
    if (n < needed) {
      throw new IllegalArgumentException("as-of " + asOf + " leaves " + Math.max(n, 0) / seasons.perDay()
          + " days of history from " + history.start() + "; the backtest needs at least "
          + needed / seasons.perDay() + " (backtest.min_train_weeks + 1 weeks)");
    }
    return n;
  }

  /** The queue's own new tickets: backtest, choose, forecast, intervals, holidays, handle time. */
  DirectForecast direct(QueueKey queue, QueueSeries series, int n, int horizon) {
    double[] y = history(queue, series.newTickets(), n);
    Backtest.Result backtest = new Backtest(seasons, settings.methods(), settings.methodSettings(), settings.backtest())
        .run(y, horizon);
    Method chosen = MethodChoice.choose(backtest.scores());
    double[] contacts = chosen.create(seasons, settings.methodSettings()).forecast(y, horizon);
    PredictionIntervals intervals = new PredictionIntervals(backtest.of(chosen).scaledErrors(), settings.intervalCoverage());
    double[] lower = new double[horizon];
    double[] upper = new double[horizon];
    for (int step = 0; step < horizon; step++) {
      HorizonBucket bucket = HorizonBucket.of(step, seasons);
      lower[step] = intervals.lower(contacts[step], bucket);
      upper[step] = intervals.upper(contacts[step], bucket);
    }
    QueueForecast forecast = new QueueForecast(queue, Origin.DIRECT, chosen.code(), contacts, lower, upper,
        aht(series, n, horizon));
    closeHolidays(forecast, n);
    return new DirectForecast(forecast, chosen, backtest);
  }

  /** The history before {@code n} with the team's holiday intervals as NaN (unless kept). */
  double[] history(QueueKey queue, double[] values, int n) {
    double[] y = Arrays.copyOf(values, n);
    if (settings.holidays().history() == HolidayPolicy.History.SKIP) {
      boolean[] closed = holidays(queue.team());
      for (int t = 0; t < n; t++) {
        if (closed[t]) {
          y[t] = Double.NaN;
        }
      }
    }
    return y;
  }

  /** Zero contacts in the team's holiday intervals of the horizon (policy {@code zero}). */
  private void closeHolidays(QueueForecast f, int n) {
    if (settings.holidays().forecast() != HolidayPolicy.Forecast.ZERO) {
      return;
    }
    boolean[] closed = holidays(f.queue().team());
    for (int step = 0; step < f.contacts().length; step++) {
      if (closed[n + step]) {
        f.contacts()[step] = 0;
        f.lower()[step] = 0;
        f.upper()[step] = 0;
      }
    }
  }

  /** The team's holiday intervals over history and horizon. */
  boolean[] holidays(String team) {
    int length = history.length() + settings.horizonWeeks() * seasons.perWeek();
    return holidaysOfTeam.computeIfAbsent(team, t -> Holidays.closedIntervals(
        calendars.forTeam(QueueKey.NO_TEAM.equals(t) ? null : t), history.start(), history.intervalMinutes(), length));
  }

  private double[] aht(QueueSeries series, int n, int horizon) {
    double[] bySlot = HandleTime.perContact(Arrays.copyOf(series.handleSeconds(), n),
        Arrays.copyOf(series.handledEvents(), n), QueueSeries.sum(series.arrivals(), n), seasons,
        settings.ahtMinEventsPerSlot());
    double[] aht = new double[horizon];
    int week = seasons.perWeek();
    for (int step = 0; step < horizon; step++) {
      aht[step] = bySlot == null ? Double.NaN : bySlot[(n + step) % week];
    }
    return aht;
  }

  /** Line {@code line}'s cascade: per channel, the line below's total × each queue's rate, shifted. */
  private void cascadeInto(int line, int n, Instant asOf, List<DirectForecast> direct, List<CascadeLink> links,
      List<QueueForecast> cascade) {
    int horizon = settings.horizonWeeks() * seasons.perWeek();
    List<QueueForecast> below = new ArrayList<>(direct.stream().map(DirectForecast::forecast)
        .filter(f -> f.queue().tier() == line - 1).toList());
    below.addAll(cascade.stream().filter(f -> f.queue().tier() == line - 1).toList());
    history.queues().forEach((queue, series) -> {
      double escalations = QueueSeries.sum(series.escalationsIn(), n);
      if (queue.tier() != line || escalations == 0) {
        return;
      }
      double[] sourceHistory = new double[n];
      history.queues().forEach((q, s) -> {
        if (q.tier() == line - 1 && q.channel().equals(queue.channel())) {
          for (int t = 0; t < n; t++) {
            sourceHistory[t] += s.arrivals()[t];
          }
        }
      });
      List<QueueForecast> sources = below.stream().filter(f -> f.queue().channel().equals(queue.channel())).toList();
      double entries = QueueSeries.sum(sourceHistory, n);
      double rate = Cascade.rate(escalations, entries);
      EscalationTimes.Median median = escalationTimes.median(queue.channel(), line, asOf);
      int shift = Cascade.intervals(median.minutes(), history.intervalMinutes());
      links.add(new CascadeLink(queue, escalations, entries, rate, median, shift));
      QueueForecast f = new QueueForecast(queue, Origin.CASCADE, CASCADE_METHOD,
          Cascade.demand(sourceHistory, total(sources, QueueForecast::contacts, horizon), rate, shift),
          Cascade.demand(sourceHistory, total(sources, QueueForecast::lower, horizon), rate, shift),
          Cascade.demand(sourceHistory, total(sources, QueueForecast::upper, horizon), rate, shift),
          aht(series, n, horizon));
      closeHolidays(f, n);
      cascade.add(f);
    });
  }

  private static double[] total(List<QueueForecast> rows, java.util.function.Function<QueueForecast, double[]> column,
      int horizon) {
    double[] sum = new double[horizon];
    for (QueueForecast f : rows) {
      double[] values = column.apply(f);
      IntStream.range(0, horizon).forEach(i -> sum[i] += values[i]);
    }
    return sum;
  }
}
