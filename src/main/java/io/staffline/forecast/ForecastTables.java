package io.staffline.forecast;

import io.staffline.forecast.ForecastRun.DirectForecast;
import io.staffline.forecast.ForecastRun.Plan;
import io.staffline.forecast.ForecastRun.QueueForecast;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The two tables {@code staffline forecast} writes, with the column names of docs/pipeline.md (the contract). */
public final class ForecastTables {
  public static final String FORECAST = "forecast";
  public static final String ACCURACY = "forecast_accuracy";

  public static final String AS_OF = "as_of";
  public static final String TEAM = "team";
  public static final String CHANNEL = "channel";
  public static final String TIER = "tier";
  public static final String INTERVAL_START = "interval_start";
  public static final String INTERVAL_MINUTES = "interval_minutes";
  public static final String ORIGIN = "origin";
  public static final String METHOD = "method";
  public static final String CONTACTS = "contacts";
  public static final String CONTACTS_LO = "contacts_lo";
  public static final String CONTACTS_HI = "contacts_hi";
  public static final String AHT_SECONDS = "aht_seconds";
  public static final String HORIZON_BUCKET = "horizon_bucket";
  public static final String INTERVALS = "intervals";
  public static final String ACTUAL_TOTAL = "actual_total";
  public static final String WAPE = "wape";
  public static final String BIAS = "bias";
  public static final String MASE = "mase";
  public static final String CHOSEN = "chosen";

  public static final List<String> FORECAST_COLUMNS = List.of(AS_OF, TEAM, CHANNEL, TIER, INTERVAL_START,
      INTERVAL_MINUTES, ORIGIN, METHOD, CONTACTS, CONTACTS_LO, CONTACTS_HI, AHT_SECONDS);
  public static final List<String> ACCURACY_COLUMNS = List.of(AS_OF, TEAM, CHANNEL, TIER, METHOD, HORIZON_BUCKET,
      INTERVALS, ACTUAL_TOTAL, WAPE, BIAS, MASE, CHOSEN);

  private ForecastTables() {}

  /** One row per queue × origin × interval of the horizon, in queue, origin and time order. */
  public static Table forecast(Plan plan) {
    QueueColumns queue = new QueueColumns();
    InstantColumn start = InstantColumn.create(INTERVAL_START);
    IntColumn minutes = IntColumn.create(INTERVAL_MINUTES);
    StringColumn origin = StringColumn.create(ORIGIN);
    StringColumn method = StringColumn.create(METHOD);
    DoubleColumn contacts = DoubleColumn.create(CONTACTS);
    DoubleColumn lo = DoubleColumn.create(CONTACTS_LO);
    DoubleColumn hi = DoubleColumn.create(CONTACTS_HI);
    DoubleColumn aht = DoubleColumn.create(AHT_SECONDS);
    for (QueueForecast f : plan.rows()) {
      for (int step = 0; step < plan.horizon(); step++) {
        queue.append(plan.asOf(), f.queue());
        start.append(intervalStart(plan, step));
        minutes.append(plan.intervalMinutes());
        origin.append(f.origin().code());
        method.append(f.method());
        contacts.append(f.contacts()[step]);
        lo.append(f.lower()[step]);
        hi.append(f.upper()[step]);
        aht.append(f.aht()[step]);
      }
    }
    return queue.table(FORECAST, start, minutes, origin, method, contacts, lo, hi, aht);
  }

  /** One row per direct queue × candidate method × horizon bucket (with data), then the bucket "all". */
  public static Table accuracy(Plan plan) {
    QueueColumns queue = new QueueColumns();
    StringColumn method = StringColumn.create(METHOD);
    StringColumn bucket = StringColumn.create(HORIZON_BUCKET);
    LongColumn intervals = LongColumn.create(INTERVALS);
    DoubleColumn actual = DoubleColumn.create(ACTUAL_TOTAL);
    DoubleColumn wape = DoubleColumn.create(WAPE);
    DoubleColumn bias = DoubleColumn.create(BIAS);
    DoubleColumn mase = DoubleColumn.create(MASE);
    BooleanColumn chosen = BooleanColumn.create(CHOSEN);
    for (DirectForecast d : plan.direct()) {
      for (Backtest.MethodScore s : d.backtest().scores()) {
        java.util.Map<String, AccuracyTally> rows = new java.util.LinkedHashMap<>();
        s.buckets().forEach((b, tally) -> rows.put(b.label(), tally));
        rows.put(HorizonBucket.ALL, s.overall());
        rows.forEach((label, tally) -> {
          queue.append(plan.asOf(), d.forecast().queue());
          method.append(s.method().code());
          bucket.append(label);
          intervals.append(tally.intervals());
          actual.append(tally.actualTotal());
          wape.append(tally.wape());
          bias.append(tally.bias());
          mase.append(tally.mase());
          chosen.append(s.method() == d.chosen());
        });
      }
    }
    return queue.table(ACCURACY, method, bucket, intervals, actual, wape, bias, mase, chosen);
  }

  /** The columns both tables start with: as_of, team, channel, tier. */
  private static final class QueueColumns {
    final InstantColumn asOf = InstantColumn.create(AS_OF);
    final StringColumn team = StringColumn.create(TEAM);
    final StringColumn channel = StringColumn.create(CHANNEL);
    final IntColumn tier = IntColumn.create(TIER);

    void append(Instant at, QueueKey queue) {
      asOf.append(at);
      team.append(queue.team());
      channel.append(queue.channel());
      tier.append(queue.tier());
    }

    Table table(String name, Column<?>... rest) {
      Table t = Table.create(name, asOf, team, channel, tier);
      return t.addColumns(rest);
    }
  }

  /** The start of horizon step {@code step}. */
  static Instant intervalStart(Plan plan, int step) {
    return plan.asOf().plus(Duration.ofMinutes((long) plan.intervalMinutes() * step));
  }
}
