package io.staffline.report.planning;

import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.report.IsoWeek;
import io.staffline.staffing.StaffingConfig;
import io.staffline.staffing.StaffingJob;
import io.staffline.staffing.StaffingSettings;
import io.staffline.tables.ParquetTables;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The forecast, staffing and rota tables of one planned week: a contract-shaped forecast
 * (docs/pipeline.md) of four queues, one per staffing model, over the 336 half-hours of 2026-W47
 * with a daily arrival profile; the staffing tables made from it by the real staffing stage
 * ({@link StaffingJob}) with {@link #CONFIG} and the bundled team calendars; a covering rota that
 * meets line 1 everywhere but one interval, and a two-week rotation.
 */
final class PlanningFixture {
  static final IsoWeek WEEK = IsoWeek.parse("2026-W47");
  static final Instant AS_OF = Instant.parse("2026-11-16T00:00:00Z");
  static final int MINUTES = 30;
  static final int INTERVALS = 7 * 48;
  static final Clock RUN_CLOCK = Clock.fixed(Instant.parse("2026-11-16T06:00:00Z"), ZoneOffset.UTC);

  /**
   * The staffing stage's settings: phone on Erlang C 80/20, chat 3 per agent, e-mail within 2
   * business hours, line 3's phone on Erlang A (90 s patience); 20% + 10% shrinkage on every line.
   */
  static final StaffingConfig CONFIG = StaffingConfig.parse("""
      channels:
        phone: {model: erlang, service_level: 80%, answer_seconds: 20}
        chat: {model: chat, concurrency: 3, service_level: 80%, answer_seconds: 20}
        email: {model: backlog, response_business_hours: 2}
      lines:
        1: {planned_shrinkage: 20%, unplanned_shrinkage: 10%}
        2: {planned_shrinkage: 20%, unplanned_shrinkage: 10%}
        3:
          planned_shrinkage: 20%
          unplanned_shrinkage: 10%
          channels:
            phone: {model: erlang, service_level: 80%, answer_seconds: 20, patience_seconds: 90}
      """, "PlanningFixture");
  static final TeamCalendars CALENDARS = CalendarsConfig.load(Path.of("jobs", "calendars.yaml")).toTeamCalendars();

  record Queue(String team, String channel, int tier, double peakContacts, double aht) {}

  static final List<Queue> QUEUES = List.of(
      new Queue("billing", "phone", 1, 100, 180),
      new Queue("billing", "email", 1, 30, 420),
      new Queue("technical", "chat", 2, 20, 600),
      new Queue("technical", "phone", 3, 6, 900));

  /** Contacts of {@code q} in interval {@code i}: nothing at night, a ramp to the peak at midday. */
  static double contacts(Queue q, int i) {
    int halfHour = i % 48;
    if (halfHour < 14 || halfHour >= 40) {
      return 0;
    }
    double shape = 1 - Math.abs(halfHour - 27) / 14.0;
    return Math.round(q.peakContacts() * shape * 10) / 10.0;
  }

  static Instant start(int i) {
    return WEEK.start().plusSeconds(i * MINUTES * 60L);
  }

  /** The workbook's settings over the tables under {@code root}, with the staffing stage's settings. */
  static PlanningSettings settings(Path root, Path out) {
    return new PlanningSettings(root.resolve("forecast"), root.resolve("staffing"), root.resolve("rota"),
        Optional.of(out), Optional.empty(), CONFIG, CALENDARS);
  }

  static Path write(Path root) {
    Path forecast = root.resolve("forecast");
    Path staffing = root.resolve("staffing");
    Path rota = root.resolve("rota");
    ParquetTables.write(forecast(), forecast.resolve("current").resolve("forecast"));
    new StaffingJob(new StaffingSettings(forecast, staffing, CONFIG, CALENDARS), RUN_CLOCK).run();
    Table byLine = ParquetTables.read(staffing.resolve("current").resolve("staffing_by_line"));
    ParquetTables.write(coverage(byLine), rota.resolve("current").resolve("rota_coverage"));
    ParquetTables.write(summary(), rota.resolve("current").resolve("rota_summary"));
    ParquetTables.write(patterns(), rota.resolve("current").resolve("rota_patterns"));
    ParquetTables.write(rotation(), rota.resolve("current").resolve("rota_rotation"));
    ParquetTables.write(fairness(), rota.resolve("current").resolve("rota_fairness"));
    return root;
  }

  static Table forecast() {
    Table t = Table.create("forecast", InstantColumn.create("as_of"), StringColumn.create("team"),
        StringColumn.create("channel"), IntColumn.create("tier"), InstantColumn.create("interval_start"),
        IntColumn.create("interval_minutes"), StringColumn.create("origin"), StringColumn.create("method"),
        DoubleColumn.create("contacts"), DoubleColumn.create("contacts_lo"), DoubleColumn.create("contacts_hi"),
        DoubleColumn.create("aht_seconds"));
    for (Queue q : QUEUES) {
      for (int i = 0; i < INTERVALS; i++) {
        double c = contacts(q, i);
        t.instantColumn("as_of").append(AS_OF);
        t.stringColumn("team").append(q.team());
        t.stringColumn("channel").append(q.channel());
        t.intColumn("tier").append(q.tier());
        t.instantColumn("interval_start").append(start(i));
        t.intColumn("interval_minutes").append(MINUTES);
        t.stringColumn("origin").append(q.tier() == 1 ? "direct" : "cascade");
        t.stringColumn("method").append("seasonal_naive");
        t.doubleColumn("contacts").append(c);
        t.doubleColumn("contacts_lo").append(c * 0.8);
        t.doubleColumn("contacts_hi").append(c * 1.2);
        t.doubleColumn("aht_seconds").append(q.aht());
      }
    }
    return t;
  }

  /** The rota covers each line's scheduled agents exactly, except line 1 is one short in interval 27 (Monday 13:30). */
  static final int SHORT_INTERVAL = 27;

  static Table coverage(Table byLine) {
    Table t = Table.create("rota_coverage", IntColumn.create("tier"), InstantColumn.create("interval_start"),
        IntColumn.create("required"), IntColumn.create("covered"), IntColumn.create("over"), IntColumn.create("under"));
    for (int r = 0; r < byLine.rowCount(); r++) {
      int tier = byLine.intColumn("tier").getInt(r);
      Instant at = byLine.instantColumn("interval_start").get(r);
      int required = byLine.intColumn("scheduled_agents").getInt(r);
      int covered = tier == 1 && at.equals(start(SHORT_INTERVAL)) ? required - 1 : required;
      t.intColumn("tier").append(tier);
      t.instantColumn("interval_start").append(at);
      t.intColumn("required").append(required);
      t.intColumn("covered").append(covered);
      t.intColumn("over").append(Math.max(0, covered - required));
      t.intColumn("under").append(Math.max(0, required - covered));
    }
    return t;
  }

  static Table summary() {
    Table t = Table.create("rota_summary", IntColumn.create("tier"), StringColumn.create("objective"),
        StringColumn.create("status"), DoubleColumn.create("objective_value"), DoubleColumn.create("bound"),
        DoubleColumn.create("gap"), IntColumn.create("agents"), DoubleColumn.create("fte"),
        DoubleColumn.create("paid_hours"), IntColumn.create("under_coverage_intervals"), DoubleColumn.create("solve_seconds"));
    int[][] rows = {{1, 42}, {2, 9}, {3, 4}};
    for (int[] r : rows) {
      t.intColumn("tier").append(r[0]);
      t.stringColumn("objective").append("agents");
      t.stringColumn("status").append("OPTIMAL");
      t.doubleColumn("objective_value").append(r[1]);
      t.doubleColumn("bound").append(r[1]);
      t.doubleColumn("gap").append(0.0);
      t.intColumn("agents").append(r[1]);
      t.doubleColumn("fte").append(r[1]);
      t.doubleColumn("paid_hours").append(r[1] * 40.0);
      t.intColumn("under_coverage_intervals").append(r[0] == 1 ? 1 : 0);
      t.doubleColumn("solve_seconds").append(1.5);
    }
    return t;
  }

  static Table patterns() {
    Table t = Table.create("rota_patterns", IntColumn.create("tier"), StringColumn.create("pattern"),
        StringColumn.create("tour"), StringColumn.create("start_day"), StringColumn.create("start_time"),
        DoubleColumn.create("length_hours"), DoubleColumn.create("paid_hours_per_week"), IntColumn.create("headcount"));
    Object[][] rows = {{1, "L1-early", "5-on-2-off", "MON", "07:00", 8.0, 40.0, 22}, {1, "L1-late", "5-on-2-off", "MON",
        "12:00", 8.0, 40.0, 20}, {2, "L2-day", "5-on-2-off", "MON", "08:00", 8.0, 40.0, 9}};
    for (Object[] r : rows) {
      t.intColumn("tier").append((Integer) r[0]);
      t.stringColumn("pattern").append((String) r[1]);
      t.stringColumn("tour").append((String) r[2]);
      t.stringColumn("start_day").append((String) r[3]);
      t.stringColumn("start_time").append((String) r[4]);
      t.doubleColumn("length_hours").append((Double) r[5]);
      t.doubleColumn("paid_hours_per_week").append((Double) r[6]);
      t.intColumn("headcount").append((Integer) r[7]);
    }
    return t;
  }

  static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

  static final String EARLY = "07:00-15:00";

  /** Two slots, two weeks: Monday to Friday in one week, Thursday to Sunday in the other; slot 2 the other way round. */
  static String shift(int slot, int week, int day) {
    boolean weekdays = (slot == 1) == (week == 1);
    return (weekdays ? day <= 4 : day >= 3) ? EARLY : "off";
  }

  static Table rotation() {
    Table t = Table.create("rota_rotation", IntColumn.create("tier"), IntColumn.create("slot"), IntColumn.create("week"),
        StringColumn.create("day"), StringColumn.create("shift"));
    for (int slot = 1; slot <= 2; slot++) {
      for (int week = 1; week <= 2; week++) {
        for (int d = 0; d < DAYS.length; d++) {
          t.intColumn("tier").append(1);
          t.intColumn("slot").append(slot);
          t.intColumn("week").append(week);
          t.stringColumn("day").append(DAYS[d]);
          t.stringColumn("shift").append(shift(slot, week, d));
        }
      }
    }
    return t;
  }

  static Table fairness() {
    Table t = Table.create("rota_fairness", IntColumn.create("tier"), IntColumn.create("slot"), IntColumn.create("nights"),
        IntColumn.create("weekend_days"), DoubleColumn.create("night_share"), DoubleColumn.create("weekend_share"));
    for (int slot = 1; slot <= 2; slot++) {
      t.intColumn("tier").append(1);
      t.intColumn("slot").append(slot);
      t.intColumn("nights").append(0);
      t.intColumn("weekend_days").append(2);
      t.doubleColumn("night_share").append(0.0);
      t.doubleColumn("weekend_share").append(0.5);
    }
    return t;
  }
}
