package io.staffline.forecast;

import io.staffline.ingest.Lake;
import io.staffline.tables.ParquetTables;
import java.nio.file.Path;
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

/** A small metrics folder (arrivals and ticket facts as Parquet) for the job and command tests. */
final class SmallMetrics {
  static final Instant MONDAY = Instant.parse("2026-09-07T00:00:00Z");
  static final int WEEKS = 4;
  static final Instant END = MONDAY.plus(Duration.ofDays(7L * WEEKS));

  private SmallMetrics() {}

  /**
   * Four weeks of hourly arrivals for billing/phone: line 1 gets 1 + (hour of day mod 3) new tickets
   * an hour (2 more on Mondays) with 400 s of handle time each, line 2 one escalation every 5th hour.
   */
  static Path write(Path metrics) {
    InstantColumn start = InstantColumn.create("interval_start");
    StringColumn team = StringColumn.create("team");
    StringColumn channel = StringColumn.create("channel");
    IntColumn tier = IntColumn.create("tier");
    LongColumn created = LongColumn.create("new_tickets");
    LongColumn escalations = LongColumn.create("escalations_in");
    LongColumn handled = LongColumn.create("handled_events");
    LongColumn seconds = LongColumn.create("handle_seconds");
    LongColumn arrivals = LongColumn.create("arrivals");
    IntColumn minutes = IntColumn.create("interval_minutes");
    for (int t = 0; t < WEEKS * 168; t++) {
      long l1 = 1 + t % 24 % 3 + (t % 168 < 24 ? 2 : 0);
      row(start, team, channel, tier, created, escalations, handled, seconds, arrivals, minutes, t, 1, l1, 0, l1, 400 * l1);
      if (t % 5 == 0) {
        row(start, team, channel, tier, created, escalations, handled, seconds, arrivals, minutes, t, 2, 0, 1, 1, 900);
      }
    }
    ParquetTables.write(Table.create("arrivals", start, team, channel, tier, created, escalations, handled, seconds,
        arrivals, minutes), metrics.resolve(Lake.CURRENT).resolve("arrivals"));
    ParquetTables.write(facts(), metrics.resolve(Lake.CURRENT).resolve("ticket_facts"));
    return metrics;
  }

  private static void row(InstantColumn start, StringColumn team, StringColumn channel, IntColumn tier,
      LongColumn created, LongColumn escalations, LongColumn handled, LongColumn seconds, LongColumn arrivals,
      IntColumn minutes, int t, int line, long newTickets, long in, long events, long handleSeconds) {
    start.append(MONDAY.plus(Duration.ofHours(t)));
    team.append("billing");
    channel.append("phone");
    tier.append(line);
    created.append(newTickets);
    escalations.append(in);
    handled.append(events);
    seconds.append(handleSeconds);
    arrivals.append(newTickets + in);
    minutes.append(60);
  }

  /** Two escalated tickets, 90 and 150 minutes at line 1 (median 120: a shift of 2 hours). */
  private static Table facts() {
    return Table.create("ticket_facts",
        InstantColumn.create("created_at", List.of(MONDAY.plus(Duration.ofHours(3)), MONDAY.plus(Duration.ofHours(30)))),
        StringColumn.create("channel", "phone", "phone"),
        BooleanColumn.create("escalated_1_2", true, true),
        BooleanColumn.create("escalated_2_3", false, false),
        IntColumn.create("escalations_down", 0, 0),
        DoubleColumn.create("line_1_minutes", 90.0, 150.0),
        DoubleColumn.create("line_2_minutes", 30.0, 45.0));
  }

}
