package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.ingest.Lake;
import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.tables.ParquetTables;
import io.staffline.ticket.Channel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * {@code staffline staffing} end to end: a small forecast table in, both tables out, with the
 * worked examples of docs/staffing.md through the job rather than the engine alone.
 */
class StaffingJobTest {
  static final Instant MONDAY_0900 = Instant.parse("2026-11-30T09:00:00Z");
  static final Instant MONDAY_0930 = Instant.parse("2026-11-30T09:30:00Z");
  static final double AHT_180_S = 180;
  static final Clock RUN_CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);
  static final TeamCalendars ALWAYS_OPEN = TeamCalendars.only(BusinessCalendar.alwaysOpen("default"));

  static final String PHONE_80_20 = WorkedExample.PHONE_80_20;

  /** {@link #PHONE_80_20}, with line 2 answering its phone contacts within 2 business hours. */
  static final String PHONE_DEFERRED_ON_LINE_2 = PHONE_80_20 + """
        2:
          channels:
            phone: {model: backlog, response_business_hours: 2, default_aht_seconds: 600}
      """;
  static final double AHT_600_S = 600;

  @TempDir Path dir;

  static StaffingConfig config(String yaml) {
    return StaffingConfig.parse(yaml, "test.yaml");
  }

  StaffingJob.Result run(ForecastTable forecast, String yaml, TeamCalendars calendars) {
    return job(forecast.commit(dir.resolve("forecast")), yaml, calendars, RUN_CLOCK).run();
  }

  StaffingJob job(Path forecast, String yaml, TeamCalendars calendars, Clock clock) {
    StaffingSettings settings = new StaffingSettings(forecast, dir.resolve("staffing"), config(yaml),
        calendars);
    return new StaffingJob(settings, clock);
  }

  Table output(String table) {
    return ParquetTables.read(dir.resolve("staffing").resolve(Lake.CURRENT).resolve(table));
  }

  static ForecastTable oneInterval(double contacts) {
    return new ForecastTable().row("billing", "phone", 1, MONDAY_0900, contacts, AHT_180_S);
  }

  @Test
  void theWorkedExampleNeedsFourteenAgentsAndTwentyScheduled() {
    // 100 contacts per 30 min, AHT 180 s: A = 10 Erlangs. 13 agents give 79.56%, 14 give 88.84%
    // (ASA 7.84 s, occupancy 10/14 = 71.4%); fractional 13 + (0.8 − 0.79559)/(0.88835 − 0.79559)
    // = 13.047. Shrinkage 20% + 10% = 30%: 14 / 0.7 = 20 scheduled.
    run(oneInterval(100), PHONE_80_20, ALWAYS_OPEN);
    Table queues = output(StaffingTables.REQUIREMENTS);
    assertEquals(1, queues.rowCount());
    assertEquals("erlang_c", queues.stringColumn(StaffingTables.MODEL).get(0));
    assertEquals(14, queues.intColumn(StaffingTables.REQUIRED_AGENTS).getInt(0));
    assertEquals(13.0475, queues.doubleColumn(StaffingTables.REQUIRED_FRACTIONAL).getDouble(0), 5e-5);
    assertEquals(0.8884, queues.doubleColumn(StaffingTables.SERVICE_LEVEL).getDouble(0), 5e-5);
    assertEquals(7.84, queues.doubleColumn(StaffingTables.ASA_SECONDS).getDouble(0), 5e-3);
    assertEquals(10.0 / 14, queues.doubleColumn(StaffingTables.OCCUPANCY).getDouble(0), 1e-12);
    assertTrue(queues.doubleColumn(StaffingTables.ABANDONMENT).isMissing(0), "Erlang C: no abandonment");
    assertEquals(100, queues.doubleColumn(StaffingTables.CONTACTS).getDouble(0), 0);
    assertEquals(AHT_180_S, queues.doubleColumn(StaffingTables.AHT_SECONDS).getDouble(0), 0);
    Table line = output(StaffingTables.BY_LINE);
    assertEquals(1, line.rowCount());
    assertEquals(14, line.intColumn(StaffingTables.REQUIRED_AGENTS).getInt(0));
    assertEquals(0.3, line.doubleColumn(StaffingTables.SHRINKAGE).getDouble(0), 0);
    assertEquals(20, line.intColumn(StaffingTables.SCHEDULED_AGENTS).getInt(0));
  }

  @Test
  void bothTablesHaveExactlyTheContractColumns() {
    run(oneInterval(100), PHONE_80_20, ALWAYS_OPEN);
    // docs/pipeline.md, staffing → out/staffing/current/
    assertEquals(List.of("as_of", "interval_start", "interval_minutes", "team", "channel", "tier",
            "contacts", "aht_seconds", "model", "required_fractional", "required_agents",
            "service_level", "asa_seconds", "occupancy", "abandonment"),
        output(StaffingTables.REQUIREMENTS).columnNames());
    assertEquals(List.of("as_of", "interval_start", "interval_minutes", "tier",
            "required_fractional", "required_agents", "shrinkage", "scheduled_agents"),
        output(StaffingTables.BY_LINE).columnNames());
    Table line = output(StaffingTables.BY_LINE);
    assertEquals(List.of(ColumnType.INSTANT, ColumnType.INSTANT, ColumnType.INTEGER,
            ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.INTEGER, ColumnType.DOUBLE,
            ColumnType.INTEGER),
        line.columns().stream().map(Column::type).toList());
    assertEquals(ForecastTable.AS_OF, line.instantColumn(StaffingTables.AS_OF).get(0));
    assertEquals(MONDAY_0900, line.instantColumn(StaffingTables.INTERVAL_START).get(0));
  }

  @Test
  void theOriginRowsOfAQueueIntervalAreSummedAndTheirAhtWeighted() {
    // 60 direct at 150 s + 40 escalated at 225 s = 100 contacts at (9,000 + 9,000)/100 = 180 s:
    // the worked example again.
    ForecastTable forecast = new ForecastTable()
        .row("billing", "phone", 1, MONDAY_0900, 30, ForecastTable.DIRECT, 60, 150.0)
        .row("billing", "phone", 1, MONDAY_0900, 30, ForecastTable.CASCADE, 40, 225.0);
    run(forecast, PHONE_80_20, ALWAYS_OPEN);
    Table queues = output(StaffingTables.REQUIREMENTS);
    assertEquals(1, queues.rowCount());
    assertEquals(100, queues.doubleColumn(StaffingTables.CONTACTS).getDouble(0), 1e-12);
    assertEquals(AHT_180_S, queues.doubleColumn(StaffingTables.AHT_SECONDS).getDouble(0), 1e-12);
    assertEquals(14, queues.intColumn(StaffingTables.REQUIRED_AGENTS).getInt(0));
  }

  @Test
  void aQueueWithoutForecastAhtTakesTheChannelDefaultAndSaysSo() {
    ForecastTable forecast = new ForecastTable().row("billing", "phone", 1, MONDAY_0900, 100, null);
    StaffingJob.Result r = run(forecast, PHONE_80_20.replace("answer_seconds: 20}",
        "answer_seconds: 20, default_aht_seconds: 180}"), ALWAYS_OPEN);
    assertEquals(AHT_180_S, output(StaffingTables.REQUIREMENTS)
        .doubleColumn(StaffingTables.AHT_SECONDS).getDouble(0), 0);
    assertEquals(14, output(StaffingTables.REQUIREMENTS)
        .intColumn(StaffingTables.REQUIRED_AGENTS).getInt(0));
    assertEquals(Map.of("channels.phone", new ForecastInput.AhtUse(1, 1, AHT_180_S)),
        r.plan().forecast().aht().get(Channel.PHONE));
  }

  @Test
  void theQueuesOfALineArePooledBeforeRounding() {
    // The engine's fractional requirements (Erlang C, 80/20, AHT 180 s, 30 min):
    // 17 contacts → 3.3801 (4 agents), 10 contacts → 2.4359 (3 agents).
    // Pooled: 3.3801 + 2.4359 = 5.8160 → 6 agents, where rounding each first gives 4 + 3 = 7.
    ForecastTable forecast = new ForecastTable()
        .row("billing", "phone", 1, MONDAY_0900, 17, AHT_180_S)
        .row("technical", "phone", 1, MONDAY_0900, 10, AHT_180_S);
    run(forecast, PHONE_80_20, ALWAYS_OPEN);
    Table queues = output(StaffingTables.REQUIREMENTS);
    assertEquals(List.of("billing", "technical"), queues.stringColumn(StaffingTables.TEAM).asList());
    assertEquals(List.of(4, 3), queues.intColumn(StaffingTables.REQUIRED_AGENTS).asList());
    double billing = queues.doubleColumn(StaffingTables.REQUIRED_FRACTIONAL).getDouble(0);
    double technical = queues.doubleColumn(StaffingTables.REQUIRED_FRACTIONAL).getDouble(1);
    assertEquals(3.3801, billing, 5e-5);
    assertEquals(2.4359, technical, 5e-5);
    Table line = output(StaffingTables.BY_LINE);
    assertEquals(billing + technical, line.doubleColumn(StaffingTables.REQUIRED_FRACTIONAL).getDouble(0), 1e-12);
    assertEquals(6, line.intColumn(StaffingTables.REQUIRED_AGENTS).getInt(0));
    assertEquals(9, line.intColumn(StaffingTables.SCHEDULED_AGENTS).getInt(0)); // 6 / 0.7 = 8.57
  }

  @Test
  void twentyOneRequiredAtThirtyPercentAreThirtyScheduled() {
    // 63 contacts × 180 s / 1800 s = 6.3 Erlangs at an occupancy cap of 60%: exactly 10.5 agents
    // (the cap binds: 80/20 needs 9). Two such queues on line 1: 21 exactly, 21 / 0.7 = 30
    // scheduled; binary floating point gives 30.000000000000004 → 31, and rounding each queue
    // first 11 + 11 = 22 → 32.
    ForecastTable forecast = new ForecastTable()
        .row("billing", "phone", 1, MONDAY_0900, 63, AHT_180_S)
        .row("technical", "phone", 1, MONDAY_0900, 63, AHT_180_S);
    run(forecast, PHONE_80_20.replace("answer_seconds: 20}", "answer_seconds: 20, max_occupancy: 60%}"),
        ALWAYS_OPEN);
    assertEquals(List.of(10.5, 10.5), output(StaffingTables.REQUIREMENTS)
        .doubleColumn(StaffingTables.REQUIRED_FRACTIONAL).asList());
    Table line = output(StaffingTables.BY_LINE);
    assertEquals(21.0, line.doubleColumn(StaffingTables.REQUIRED_FRACTIONAL).getDouble(0), 0);
    assertEquals(21, line.intColumn(StaffingTables.REQUIRED_AGENTS).getInt(0));
    assertEquals(30, line.intColumn(StaffingTables.SCHEDULED_AGENTS).getInt(0));
  }

  @Test
  void fivePointSevenErlangsAtAFiftySevenPercentCapAreTenAgents() {
    // 57 × 180 / 1800 = 5.7 Erlangs; 5.7 / 0.57 = 10 exactly (binary: 10.000000000000002 → 11).
    run(oneInterval(57), PHONE_80_20.replace("answer_seconds: 20}",
        "answer_seconds: 20, max_occupancy: 57%}"), ALWAYS_OPEN);
    Table queues = output(StaffingTables.REQUIREMENTS);
    assertEquals(10, queues.intColumn(StaffingTables.REQUIRED_AGENTS).getInt(0));
    assertEquals(10.0, queues.doubleColumn(StaffingTables.REQUIRED_FRACTIONAL).getDouble(0), 0);
    assertEquals(0.57, queues.doubleColumn(StaffingTables.OCCUPANCY).getDouble(0), 1e-15);
  }

  @Test
  void aPatienceSwitchesToErlangAWhichReportsAbandonmentAndNeedsFewerAgents() {
    // docs/staffing.md §7: 10 Erlangs, mean patience 60 s, 80% answered within 20 s over all
    // arrivals: 12 agents (SL 86.03%, abandonment 7.59%, ASA of the answered 3.52 s); Erlang C 14.
    run(oneInterval(100), PHONE_80_20.replace("answer_seconds: 20}",
        "answer_seconds: 20, patience_seconds: 60}"), ALWAYS_OPEN);
    Table queues = output(StaffingTables.REQUIREMENTS);
    assertEquals("erlang_a", queues.stringColumn(StaffingTables.MODEL).get(0));
    assertEquals(12, queues.intColumn(StaffingTables.REQUIRED_AGENTS).getInt(0));
    assertEquals(0.0759, queues.doubleColumn(StaffingTables.ABANDONMENT).getDouble(0), 5e-5);
    assertEquals(0.8603, queues.doubleColumn(StaffingTables.SERVICE_LEVEL).getDouble(0), 5e-5);
    assertEquals(3.52, queues.doubleColumn(StaffingTables.ASA_SECONDS).getDouble(0), 5e-3);
  }

  @Test
  void emailIsStaffedWhileTheTeamIsOpenForItsBusinessHoursTarget() {
    // BusinessHoursBacklogTest's example through the job: Friday 16–17 48 emails, Saturday 12–13
    // 60 emails, 600 s each, 8 business hours on Mon–Fri 09–17: exactly 2 agents in every open
    // hour, none while closed.
    TeamCalendars calendars = new TeamCalendars(
        Map.of(TeamCalendars.DEFAULT, BusinessCalendar.alwaysOpen("default"),
            "9-17", BusinessHoursBacklogTest.NINE_TO_FIVE),
        Map.of("billing", "9-17"));
    ForecastTable forecast = new ForecastTable();
    for (BusinessHoursBacklog.IntervalWork hour : BusinessHoursBacklogTest.fridayAndSaturdayEmail()) {
      forecast.row("billing", "email", 1, hour.start(), 60, ForecastTable.DIRECT,
          hour.handleSeconds() / BusinessHoursBacklogTest.AHT_600_S, BusinessHoursBacklogTest.AHT_600_S);
    }
    run(forecast, "channels:\n  email: {model: backlog, response_business_hours: 8}\n", calendars);
    Table queues = output(StaffingTables.REQUIREMENTS);
    assertEquals(96, queues.rowCount());
    int openHours = 0;
    for (int r = 0; r < queues.rowCount(); r++) {
      boolean open = BusinessHoursBacklogTest.NINE_TO_FIVE.isOpen(
          queues.instantColumn(StaffingTables.INTERVAL_START).get(r));
      openHours += open ? 1 : 0;
      assertEquals(open ? 2 : 0, queues.intColumn(StaffingTables.REQUIRED_AGENTS).getInt(r), "row " + r);
      assertEquals(open ? 2.0 : 0.0, queues.doubleColumn(StaffingTables.REQUIRED_FRACTIONAL).getDouble(r), 0);
      assertEquals("backlog", queues.stringColumn(StaffingTables.MODEL).get(r));
      assertTrue(queues.doubleColumn(StaffingTables.SERVICE_LEVEL).isMissing(r));
    }
    assertEquals(16, openHours); // Friday and Monday 09–17
  }

  /** Line 1: the worked example at 09:00; line 2: 12 calls at 09:00, none at 09:30. */
  static ForecastTable phoneOnLinesOneAndTwo(Double lineTwoAhtSeconds) {
    return new ForecastTable()
        .row("billing", "phone", 1, MONDAY_0900, 100, AHT_180_S)
        .row("billing", "phone", 2, MONDAY_0900, 12, lineTwoAhtSeconds)
        .row("billing", "phone", 2, MONDAY_0930, 0, lineTwoAhtSeconds);
  }

  @Test
  void lineOnePhoneIsSizedAsLiveCallsAndLineTwoPhoneAsDeferredWork() {
    // Line 1, 09:00: the worked example, 100 calls at 180 s with Erlang C 80/20 → 14 agents
    // (13.047), 20 scheduled at 30% shrinkage.
    // Line 2: 12 calls at 600 s at 09:00 (7,200 agent-seconds = 2 agent-hours), none at 09:30, each
    // due 2 business hours after it arrives (always open: business time is clock time). Windows:
    // 09:00 alone 2 h ÷ (0.5 h + 2 h) = 0.8 agents; 09:00–09:30 2 h ÷ (1 h + 2 h) = 0.667; 09:30
    // alone 0 → c* = 0.8: 1 agent in both intervals, no shrinkage on line 2. As live calls the
    // 09:00 interval alone would need 7 (4 Erlangs: SL 73.36% at 6 agents, 87.77% at 7).
    run(phoneOnLinesOneAndTwo(AHT_600_S), PHONE_DEFERRED_ON_LINE_2, ALWAYS_OPEN);
    Table queues = output(StaffingTables.REQUIREMENTS);
    assertEquals(List.of(1, 2, 2), queues.intColumn(StaffingTables.TIER).asList());
    assertEquals(List.of("erlang_c", "backlog", "backlog"),
        queues.stringColumn(StaffingTables.MODEL).asList());
    assertEquals(List.of(14, 1, 1), queues.intColumn(StaffingTables.REQUIRED_AGENTS).asList());
    DoubleColumn fractional = queues.doubleColumn(StaffingTables.REQUIRED_FRACTIONAL);
    assertEquals(13.0475, fractional.getDouble(0), 5e-5);
    assertEquals(0.8, fractional.getDouble(1), 1e-15);
    assertEquals(0.8, fractional.getDouble(2), 1e-15);
    assertEquals(0.8884, queues.doubleColumn(StaffingTables.SERVICE_LEVEL).getDouble(0), 5e-5);
    assertTrue(queues.doubleColumn(StaffingTables.SERVICE_LEVEL).isMissing(1), "backlog: no SL");
    Table lines = output(StaffingTables.BY_LINE);
    assertEquals(List.of(1, 2, 2), lines.intColumn(StaffingTables.TIER).asList());
    assertEquals(List.of(14, 1, 1), lines.intColumn(StaffingTables.REQUIRED_AGENTS).asList());
    assertEquals(List.of(20, 1, 1), lines.intColumn(StaffingTables.SCHEDULED_AGENTS).asList());
  }

  @Test
  void aLineOverridesDefaultAhtStandsInForItsQueues() {
    // Line 2 phone without a forecast AHT takes 600 s from lines.2.channels.phone, not the
    // top-level phone default (300 s): 12 calls → 2 agent-hours → 0.8 agents as above.
    StaffingJob.Result r = run(phoneOnLinesOneAndTwo(null), PHONE_DEFERRED_ON_LINE_2, ALWAYS_OPEN);
    Table queues = output(StaffingTables.REQUIREMENTS);
    assertEquals(List.of(AHT_180_S, AHT_600_S, AHT_600_S),
        queues.doubleColumn(StaffingTables.AHT_SECONDS).asList());
    assertEquals(0.8, queues.doubleColumn(StaffingTables.REQUIRED_FRACTIONAL).getDouble(1), 1e-15);
    assertEquals(Map.of("channels.phone", new ForecastInput.AhtUse(1, 0, 300),
            "lines.2.channels.phone", new ForecastInput.AhtUse(2, 2, AHT_600_S)),
        r.plan().forecast().aht().get(Channel.PHONE));
  }

  @Test
  void aRerunWritesIdenticalTables() {
    ForecastTable forecast = new ForecastTable()
        .row("billing", "phone", 1, MONDAY_0900, 100, AHT_180_S)
        .row("billing", "phone", 1, MONDAY_0930, 80, AHT_180_S)
        .row("technical", "chat", 2, MONDAY_0900, 30, 600.0);
    Path in = forecast.commit(dir.resolve("forecast"));
    StaffingJob.Result first = job(in, PHONE_80_20, ALWAYS_OPEN, RUN_CLOCK).run();
    String requirements = output(StaffingTables.REQUIREMENTS).printAll();
    String lines = output(StaffingTables.BY_LINE).printAll();
    StaffingJob.Result second = job(in, PHONE_80_20, ALWAYS_OPEN,
        Clock.offset(RUN_CLOCK, Duration.ofHours(1))).run();
    assertNotEquals(first.run(), second.run());
    assertEquals(requirements, output(StaffingTables.REQUIREMENTS).printAll());
    assertEquals(lines, output(StaffingTables.BY_LINE).printAll());
    assertEquals(Map.of(StaffingTables.REQUIREMENTS, 3, StaffingTables.BY_LINE, 3), second.tables());
  }

  @Test
  void duckDbOverTheOutputAgreesWithTheLinePoolingAndTheForecast() throws Exception {
    // An independent route: DuckDB sums the forecast's origin rows and the queues' fractional
    // requirements per line and interval, rounds up once and applies the line's shrinkage.
    ForecastTable forecast = new ForecastTable();
    String[] teams = {"billing", "technical", "accounts"};
    String[] channels = {"phone", "chat", "email"};
    for (int i = 0; i < 48; i++) {
      Instant start = MONDAY_0900.plus(Duration.ofMinutes(30L * i));
      for (int t = 0; t < teams.length; t++) {
        for (int c = 0; c < channels.length; c++) {
          int tier = 1 + (t + c + i) % 3;
          double contacts = (i * 7 + t * 13 + c * 5) % 23;
          forecast.row(teams[t], channels[c], tier, start, 30, ForecastTable.DIRECT, contacts,
              c == 2 ? null : 120.0 + 60 * c);
          forecast.row(teams[t], channels[c], tier, start, 30, ForecastTable.CASCADE, contacts / 4,
              c == 2 ? null : 120.0 + 60 * c);
        }
      }
    }
    run(forecast, PHONE_80_20 + "  2: {planned_shrinkage: 25%, unplanned_shrinkage: 12.5%}\n",
        ALWAYS_OPEN);
    Path current = dir.resolve("staffing").resolve(Lake.CURRENT);
    String requirements = "read_parquet('" + current.resolve(StaffingTables.REQUIREMENTS) + "/*.parquet')";
    String lines = "read_parquet('" + current.resolve(StaffingTables.BY_LINE) + "/*.parquet')";
    String forecastRows = "read_parquet('" + dir.resolve("forecast").resolve(Lake.CURRENT)
        .resolve(ForecastInput.TABLE) + "/*.parquet')";
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
         java.sql.Statement s = c.createStatement()) {
      assertEquals(0, count(s, "SELECT * FROM (SELECT tier, interval_start,"
          + " CAST(ceil(sum(required_fractional) - 1e-9) AS INT) AS pooled FROM " + requirements
          + " GROUP BY ALL) q JOIN " + lines + " l USING (tier, interval_start)"
          + " WHERE q.pooled <> l.required_agents"
          + " OR l.scheduled_agents <> CAST(ceil(l.required_agents / (1 - l.shrinkage) - 1e-9) AS INT)"
          + " OR l.shrinkage <> CASE l.tier WHEN 1 THEN 0.3 WHEN 2 THEN 0.375 ELSE 0 END"));
      assertEquals(48 * 3, count(s, "SELECT DISTINCT tier, interval_start FROM " + lines));
      assertEquals(0, count(s, "SELECT * FROM (SELECT team, channel, tier, interval_start,"
          + " sum(contacts) AS contacts FROM " + forecastRows + " GROUP BY ALL) f JOIN "
          + requirements + " r USING (team, channel, tier, interval_start)"
          + " WHERE abs(f.contacts - r.contacts) > 1e-9"));
      assertEquals(48 * 9, count(s, "SELECT * FROM " + requirements));
    }
  }

  private static int count(java.sql.Statement s, String query) throws java.sql.SQLException {
    try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM (" + query + ")")) {
      r.next();
      return r.getInt(1);
    }
  }

  @Test
  void negativeContactsAreReportedNamingRowQueueAndValue() {
    ForecastTable forecast = oneInterval(100).row("technical", "phone", 1, MONDAY_0930, -3, AHT_180_S);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(forecast, PHONE_80_20, ALWAYS_OPEN));
    assertMentions(e, "forecast", "row 2", "team technical", "channel phone",
        "interval_start 2026-11-30T09:30:00Z", "contacts -3", "≥ 0");
  }

  @Test
  void notANumberContactsAreReportedNamingTheRow() {
    ForecastTable forecast = oneInterval(Double.NaN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(forecast, PHONE_80_20, ALWAYS_OPEN));
    assertMentions(e, "row 1", "team billing", "contacts missing (null or NaN)");
  }

  @Test
  void anUnknownChannelInTheForecastIsReported() {
    ForecastTable forecast = new ForecastTable().row("billing", "fax", 1, MONDAY_0900, 5, AHT_180_S);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(forecast, PHONE_80_20, ALWAYS_OPEN));
    assertMentions(e, "row 1", "channel 'fax' is not a channel");
  }

  @Test
  void anOriginGivenTwiceForOneQueueIntervalIsReported() {
    ForecastTable forecast = oneInterval(100).row("billing", "phone", 1, MONDAY_0900, 50, AHT_180_S);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(forecast, PHONE_80_20, ALWAYS_OPEN));
    assertMentions(e, "row 2", "origin 'direct'", "also in row 1");
  }

  @Test
  void aMissingForecastNamesTheFolder() {
    StaffingSettings settings = new StaffingSettings(dir.resolve("nowhere"), dir.resolve("staffing"),
        StaffingConfig.DEFAULTS, ALWAYS_OPEN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StaffingJob(settings, RUN_CLOCK).run());
    assertMentions(e, "nowhere", "no forecast table", "staffline forecast");
  }

  static void assertMentions(IllegalArgumentException e, String... parts) {
    StaffingConfigTest.assertMentions(e, parts);
  }
}
