package io.staffline.metrics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.SparkTestSession;
import io.staffline.ingest.IngestJob;
import io.staffline.ingest.IngestSettings;
import io.staffline.ingest.Progress;
import io.staffline.ingest.Pseudonymizer;
import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.metrics.calendar.WeeklyHours;
import io.staffline.metrics.facts.FactsSettings;
import io.staffline.metrics.facts.SlaPolicies;
import io.staffline.metrics.facts.SlaPolicy;
import io.staffline.ticket.Priority;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per aggregate table of docs/metrics.md, on a hand-built history
 * (src/test/resources/metrics-hand) whose every expected value is worked out by hand in the
 * comments. The expectations follow the documented definitions, not the code.
 *
 * <p>The story (all UTC; office hours Mon–Fri 08:00–18:00 for both teams; week A = Mon 2026-09-21,
 * week B = Mon 2026-09-28; as-of = export time = Mon 2026-10-05 00:00). Agents: Ana (a-1, billing
 * line 1, 40 h), Ben (a-2, billing line 1, 20 h), Cai (a-3, technical line 2, 40 h), Dee (a-4,
 * technical line 3, 40 h).
 * <ul>
 *   <li>T1 billing/email/normal: created Mon 09-21 09:10, Ana replies 09:20 (300 s) and notes 09:25
 *       (60 s), solves 11:00 (120 s); reopened Wed 09-23 09:00, assigned to Ben 09:05, Ben solves Thu
 *       09-24 10:00 (240 s); rated good Tue 09-29 10:00.
 *   <li>T2 billing/email/normal: created Mon 09-21 09:29, Ana replies 09:40 (600 s); group
 *       billing→technical 10:44, line 1→2 10:45 (that event leaves its team empty: unchanged);
 *       Cai (assigned 11:00) replies 13:00 (900 s); line 2→1 14:45, group technical→billing 14:46;
 *       back to Ana 15:00, who solves Tue 09-22 10:00 (300 s); rated bad Wed 09-30 11:00.
 *   <li>T3 technical/phone/high: created Tue 09-22 14:00, line 1→2 15:00, Cai replies 15:30 (600 s,
 *       pending), line 2→3 16:00, Dee assigned 16:05; requester answers Thu 09-24 08:30 (open), Dee
 *       solves 12:00 (1800 s).
 *   <li>T4 billing/email/normal: created Fri 09-25 16:00, Ben replies 16:30 (300 s, pending over the
 *       weekend); requester answers Mon 09-28 09:00, Ana takes it 09:20 and solves 09:30 (180 s);
 *       rated good Tue 09-29 12:00.
 *   <li>T5 billing/chat/low: created Tue 09-29 17:30, Ben assigned 17:40, replies 20:00 (240 s) and
 *       solves 20:10 (60 s) — after hours.
 *   <li>T6 technical/web/urgent: created Wed 09-30 08:00, line 1→2 08:30, Cai assigned 08:40,
 *       replies 09:00 (1200 s, pending) — still pending at line 2 at the as-of moment.
 *   <li>T7 technical/chat/normal: created Wed 09-23 09:00, line 1→2 10:00, Cai replies 10:10
 *       (300 s) and solves 20:00 (600 s, after hours).
 *   <li>T8 billing/email/normal: created Thu 10-01 09:00, Ana replies 09:15 (300 s), solves 10:00
 *       (60 s); reopened 11:00, Ana solves again 12:00 (120 s).
 * </ul>
 */
class AggregateDefinitionsTest {
  static final Path FIXTURE = Path.of("src/test/resources/metrics-hand");
  static final Instant AS_OF = Instant.parse("2026-10-05T00:00:00Z");
  static final double EPS = 1e-9;
  /** The two-sided 95% critical value of the standard normal. */
  static final double Z = 1.959963984540054;
  static final LocalDate WEEK_A = LocalDate.of(2026, 9, 21);
  static final LocalDate WEEK_B = LocalDate.of(2026, 9, 28);

  @TempDir static Path lake;
  @TempDir static Path metricsOut;
  static Path run;
  static SparkSession spark;

  @BeforeAll
  static void ingestAndMeasure() {
    spark = SparkTestSession.get();
    Clock clock = Clock.fixed(Instant.parse("2026-10-05T06:00:00Z"), ZoneOffset.UTC);
    new IngestJob(spark, new IngestSettings(FIXTURE, lake, ZoneId.of("UTC"), AS_OF,
        IngestSettings.DEFAULT_MAX_QUARANTINE_RATIO, IngestSettings.CANONICAL_SOURCE), new Pseudonymizer("k"), false,
        clock, Progress.silent()).run();
    BusinessCalendar office = BusinessCalendar.builder("office")
        .hours(WeeklyHours.builder().open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "08:00-18:00").build()).build();
    TeamCalendars calendars = new TeamCalendars(Map.of(TeamCalendars.DEFAULT, office, "office", office),
        Map.of("billing", "office", "technical", "office"));
    SlaPolicies sla = SlaPolicies.builder()
        .firstReply(Priority.URGENT, SlaPolicy.calendar(30)).resolution(Priority.URGENT, SlaPolicy.calendar(480))
        .firstReply(Priority.NORMAL, SlaPolicy.business(240)).resolution(Priority.NORMAL, SlaPolicy.business(1800))
        .build();
    run = new MetricsJob(spark, new MetricsSettings(lake, metricsOut, AS_OF, 30, calendars, sla,
        FactsSettings.DEFAULTS), clock, Progress.silent()).run().run();
  }

  // ---------------------------------------------------------------------------------------------
  // §4 arrivals

  @Test
  void arrivalsCountNewTicketsEscalationsInAndHandleTimePerIntervalAndQueue() {
    // Monday 09-21, 30-minute intervals, queue = team × channel × line:
    //  09:00 billing/email/1: T1 created 09:10 + T2 created 09:29 -> new 2; handle events T1 reply
    //        09:20 (300) + T1 note 09:25 (60) -> handled 2, 360 s. (Assignments log no handle time.)
    //  09:30 billing/email/1: T2 reply 09:40 -> handled 1, 600 s.
    //  10:00 nothing (T2's group change at 10:44 is in 10:30 and is no arrival) -> no row.
    //  10:30 technical/email/2: T2 1->2 at 10:45, at the new line and the team holding the ticket
    //        then: technical since the group change at 10:44 (the 10:45 event leaves its team empty,
    //        which means "unchanged", docs/metrics-ticket-facts.md §1) -> escalations_in 1, arrivals 1.
    //  11:00 billing/email/1: T1 solved 11:00 with 120 s -> handled 1, 120 s.
    //  13:00 technical/email/2: T2 reply by Cai 900 s.
    //  14:30: T2's 2->1 at 14:45 is a move down, not an arrival -> no row.
    String[] cols = {"interval_start", "team", "channel", "tier", "new_tickets", "escalations_in", "arrivals",
        "handled_events", "handle_seconds", "interval_minutes"};
    Dataset<Row> monday = table("arrivals").filter("to_date(interval_start) = date'2026-09-21'");
    org.junit.jupiter.api.Assertions.assertAll(
        () -> assertEquals(List.of(
            "[2026-09-21T09:00:00Z,billing,email,1,2,0,2,2,360,30]",
            "[2026-09-21T09:30:00Z,billing,email,1,0,0,0,1,600,30]",
            "[2026-09-21T11:00:00Z,billing,email,1,0,0,0,1,120,30]",
            "[2026-09-21T13:00:00Z,technical,email,2,0,0,0,1,900,30]"),
            strings(monday.filter("escalations_in = 0"), cols), "new tickets and handle time, Monday 09-21"),
        () -> assertEquals(List.of("[2026-09-21T10:30:00Z,technical,email,2,0,1,1,0,0,30]"),
            strings(monday.filter("escalations_in > 0"), cols),
            "T2's escalation at 10:45: line 2, in the team holding the ticket then (technical)"),
        () -> assertEquals(0, table("arrivals").filter("interval_start = timestamp'2026-09-21 10:00:00'").count(),
            "an interval with nothing is absent"),
        // Two handle events in one interval and queue are summed: T5 reply 20:00 (240) + solve 20:10 (60).
        // T7 10:00 queue technical/chat/2: the escalation at 10:00 and Cai's reply 10:10 (300 s) share a row.
        () -> assertEquals(List.of(
            "[2026-09-23T10:00:00Z,technical,chat,2,0,1,1,1,300,30]",
            "[2026-09-29T20:00:00Z,billing,chat,1,0,0,0,2,300,30]"),
            strings(table("arrivals").filter("interval_start in (timestamp'2026-09-23 10:00:00', "
                + "timestamp'2026-09-29 20:00:00')"), cols)),
        // Every row by hand: T1 3 (09-21 09:00 shared with T2, 09-21 11:00, 09-24 10:00), T2 4 (09:30,
        // 10:30, 13:00, 09-22 10:00), T3 5 (14:00, 15:00, 15:30, 16:00, 09-24 12:00), T4 3 (16:00,
        // 16:30, 09-28 09:30), T5 2 (17:30, 20:00), T6 3 (08:00, 08:30, 09:00), T7 3 (09:00, 10:00,
        // 20:00), T8 3 (09:00, 10:00, 12:00; the reopen at 11:00 is nothing) = 26.
        () -> assertEquals(26, table("arrivals").count()),
        // Totals: 8 tickets created; escalations up: T2 1->2, T3 1->2 and 2->3, T6 1->2, T7 1->2 = 5;
        // handle seconds = all logged: 300+60+120+240 + 600+900+300 + 600+1800 + 300+180 + 240+60
        // + 1200 + 300+600 + 300+60+120 = 8280.
        () -> assertEquals("[8,5,13,8280]", strings(table("arrivals").selectExpr("sum(new_tickets)",
            "sum(escalations_in)", "sum(arrivals)", "sum(handle_seconds)"), "*").get(0)));
  }

  // ---------------------------------------------------------------------------------------------
  // §5 backlog_daily

  @Test
  void backlogIsASnapshotOfOpenTicketsAtEachDayEnd() {
    // Open (new/open/pending/hold) at each midnight, by group and line then, with the age then:
    //  09-21: T2 open (billing, line 1 again since 14:45/14:46), age 24:00-09:29 = 14h31m -> 0-1d.
    //         T1 was solved at 11:00, before midnight -> not counted.
    //  09-22: T3 pending at line 3 (pending counts as open), age 24:00-14:00 = 10h -> 0-1d.
    //         T2 solved Tue 10:00 -> gone.
    //  09-23: T3 again, age 34h -> 1-3d; T1 reopened Wed 09:00 counts again: age Mon 09:10 -> Thu
    //         00:00 = 62h50m = 2.62 d -> 1-3d. (T7 solved 20:00 -> not counted.)
    //  09-24: T1 solved 10:00, T3 solved 12:00 -> nothing open, no row.
    //  09-25: T4 (pending), age 8h -> 0-1d; 09-26: 32h -> 1-3d; 09-27: 56h -> 1-3d.
    //  09-28, 09-29: T4 solved Mon 09:30, T5 solved Tue 20:10 -> no rows.
    //  09-30..10-04: T6 pending at technical line 2, created Wed 08:00: 16h (0-1d), 40h (1-3d),
    //         64h (1-3d), 88h = 3.67 d (3-7d), 112h (3-7d). The last snapshot is 10-05 00:00 = as-of,
    //         i.e. the end of 10-04: T6, open at the as-of moment, is in it.
    String[] cols = {"date", "team", "tier", "channel", "priority", "age_bucket", "open_tickets"};
    assertEquals(List.of(
        "[2026-09-21,billing,1,email,normal,0-1d,1]",
        "[2026-09-22,technical,3,phone,high,0-1d,1]",
        "[2026-09-23,billing,1,email,normal,1-3d,1]",
        "[2026-09-23,technical,3,phone,high,1-3d,1]",
        "[2026-09-25,billing,1,email,normal,0-1d,1]",
        "[2026-09-26,billing,1,email,normal,1-3d,1]",
        "[2026-09-27,billing,1,email,normal,1-3d,1]",
        "[2026-09-30,technical,2,web,urgent,0-1d,1]",
        "[2026-10-01,technical,2,web,urgent,1-3d,1]",
        "[2026-10-02,technical,2,web,urgent,1-3d,1]",
        "[2026-10-03,technical,2,web,urgent,3-7d,1]",
        "[2026-10-04,technical,2,web,urgent,3-7d,1]"),
        strings(table("backlog_daily"), cols));
    // A snapshot, never a sum across days: the backlog at the end of Sunday 09-27 is T4 alone (1),
    // not T4 counted on 09-25, 09-26 and 09-27 (3); at the end of 09-23 it is T1 + T3 = 2.
    assertEquals(List.of("[2026-09-21,1]", "[2026-09-22,1]", "[2026-09-23,2]", "[2026-09-25,1]",
        "[2026-09-26,1]", "[2026-09-27,1]", "[2026-09-30,1]", "[2026-10-01,1]", "[2026-10-02,1]",
        "[2026-10-03,1]", "[2026-10-04,1]"),
        strings(table("backlog_daily").groupBy("date").agg(org.apache.spark.sql.functions.sum("open_tickets")),
            "*"));
  }

  // ---------------------------------------------------------------------------------------------
  // §2 tier_flows, tier_dwell

  @Test
  void tierFlowsCountLineAndGroupTransitionsPerWeek() {
    // Week A: line 1->2 T2 (Mon 10:45), T3 (Tue 15:00), T7 (Wed 10:00) = 3; 2->1 T2 (14:45) = 1;
    //         2->3 T3 (16:00) = 1; group billing->technical T2 (10:44), technical->billing T2 (14:46).
    // Week B: line 1->2 T6 (Wed 08:30) = 1.
    assertEquals(List.of(
        "[2026-09-21,group,billing,technical,1]",
        "[2026-09-21,group,technical,billing,1]",
        "[2026-09-21,line,1,2,3]",
        "[2026-09-21,line,2,1,1]",
        "[2026-09-21,line,2,3,1]",
        "[2026-09-28,line,1,2,1]"),
        strings(table("tier_flows"), "week_start", "flow", "from_value", "to_value", "transitions"));
  }

  @Test
  void tierDwellMeasuresEndedVisitsPerWeekAndLine() {
    // Visits = open stretches at one line, counted in the week they end (calendar minutes):
    //  line 1, week A: T1 09:10-11:00 = 110; T1 after the reopen Wed 09:00 - Thu 10:00 = 1500;
    //          T2 09:29-10:45 = 76 (the group change at 10:44 keeps line 1); T2 14:45 - Tue 10:00 =
    //          9h15m + 10h = 1155; T3 14:00-15:00 = 60; T7 09:00-10:00 = 60.
    //          sorted 60, 60, 76, 110, 1155, 1500 (n = 6):
    //          p50: h = 5 × 0.5 = 2.5 -> 76 + 0.5 × (110 - 76) = 93;
    //          p90: h = 5 × 0.9 = 4.5 -> 1155 + 0.5 × (1500 - 1155) = 1327.5.
    //  line 2, week A: T2 10:45-14:45 = 240; T3 15:00-16:00 = 60 (pending from 15:30 is still open);
    //          T7 10:00-20:00 = 600. sorted 60, 240, 600: p50 = 240;
    //          p90: h = 2 × 0.9 = 1.8 -> 240 + 0.8 × (600 - 240) = 528.
    //  line 3, week A: T3 Tue 16:00 - Thu 12:00 = 44 h = 2640 (p50 = p90 = 2640).
    //  line 1, week B: T4 Fri 09-25 16:00 - Mon 09-28 09:30 = 65.5 h = 3930 (ends in week B, counts
    //          there); T5 17:30-20:10 = 160; T6 08:00-08:30 = 30; T8 09:00-10:00 = 60 and 11:00-12:00 = 60.
    //          sorted 30, 60, 60, 160, 3930: p50 = 60; p90: h = 4 × 0.9 = 3.6 -> 160 + 0.6 × 3770 = 2422.
    //  line 2, week B: T6's visit since 08:30 is still running at the as-of moment -> not counted,
    //          so no row (neither for week B nor for the as-of week 10-05).
    List<Row> rows = collect(table("tier_dwell"), "week_start", "tier", "visits_ended", "median_dwell_minutes",
        "p90_dwell_minutes");
    assertTable(rows, new Object[][] {
        {"2026-09-21", "1", "6", 93.0, 1327.5},
        {"2026-09-21", "2", "3", 240.0, 528.0},
        {"2026-09-21", "3", "1", 2640.0, 2640.0},
        {"2026-09-28", "1", "5", 60.0, 2422.0}});
  }

  // ---------------------------------------------------------------------------------------------
  // §1 kpi_weekly

  @Test
  void weeklyKpisFollowTheirPeriodAttribution() {
    Dataset<Row> k = table("kpi_weekly");
    // 12 rows: week A cohorts billing/1+2/email/normal, technical/1+2+3/phone/high,
    // technical/1+2/chat/normal (7); week B cohorts billing/1/chat/low, billing/1/email/normal,
    // technical/1+2/web/urgent (4) and the ratings-only row billing/2/email/normal (T2's rating).
    // No row for the week of 10-05, which starts at the as-of moment.
    assertEquals(12, k.count());
    assertEquals(0, k.filter("period_start >= date'2026-10-05'").count());

    // Week A, billing, line 1, email, normal — cohort T1, T2, T4:
    //  created 3; escalated_up = T2 (1->2) = 1; escalation_rate 1/3; bounced_back 1 (T2 2->1).
    //  throughput: first solved in week A = T1 (110 min: 09:10 -> 11:00), T2 (1471 min: Mon 09:29 ->
    //  Tue 10:00 = 24h31m); T4 is created in week A but first solved in week B -> not here.
    //  p50 (n = 2, h = 0.5) = 110 + 0.5 × 1361 = 790.5; p90 (h = 0.9) = 110 + 0.9 × 1361 = 1334.9.
    //  reopened: T1 -> 1; reopen_rate = 1/2. No ratings given in week A -> csat_score null.
    //  backlog_start = end of Sun 09-20 = 0; backlog_end = end of Sun 09-27 = T4 (billing, line 1) = 1.
    Row a1 = kpi(k, WEEK_A, "billing", 1, "email", "normal");
    assertEquals(3L, (long) a1.getAs("created_tickets"));
    assertEquals(1L, (long) a1.getAs("escalated_up"));
    assertEquals(1.0 / 3, a1.<Double>getAs("escalation_rate"), EPS);
    assertEquals(1L, (long) a1.getAs("bounced_back"));
    assertEquals(2L, (long) a1.getAs("solved_tickets"));
    assertEquals(790.5, a1.<Double>getAs("first_resolution_p50_minutes"), EPS);
    assertEquals(1334.9, a1.<Double>getAs("first_resolution_p90_minutes"), EPS);
    assertEquals(1L, (long) a1.getAs("reopened_tickets"));
    assertEquals(0.5, a1.<Double>getAs("reopen_rate"), EPS);
    assertEquals(0L, (long) a1.getAs("csat_rated"));
    assertNull(a1.getAs("csat_score"), "no ratings: a rate of nothing is null");
    assertEquals(0L, (long) a1.getAs("backlog_start"));
    assertEquals(1L, (long) a1.getAs("backlog_end"));

    // Week A, billing, line 2 — T2 reached line 2, so it counts here as well as in the line 1 row:
    //  created 1; escalated_up at line 2 = moves 2->3 = 0 -> rate 0/1 = 0.0 (not null);
    //  solved 1 (T2, 1471 min) -> p50 = p90 = 1471; reopen_rate 0/1 = 0.0.
    Row a2 = kpi(k, WEEK_A, "billing", 2, "email", "normal");
    assertEquals(1L, (long) a2.getAs("created_tickets"));
    assertEquals(0L, (long) a2.getAs("escalated_up"));
    assertEquals(0.0, a2.<Double>getAs("escalation_rate"), EPS);
    assertEquals(1L, (long) a2.getAs("solved_tickets"));
    assertEquals(1471.0, a2.<Double>getAs("first_resolution_p50_minutes"), EPS);
    assertEquals(0.0, a2.<Double>getAs("reopen_rate"), EPS);

    // T3 went 1->2->3, so it is in three rows: line 1 escalated_up 1 (1->2), rate 1; line 2
    // escalated_up 1 (2->3), rate 1; line 3 escalated_up 0, rate 0. First solved Thu 12:00:
    // Tue 14:00 -> Thu 12:00 = 46 h = 2760 min, in each row.
    for (int[] line : new int[][] {{1, 1}, {2, 1}, {3, 0}}) {
      Row t = kpi(k, WEEK_A, "technical", line[0], "phone", "high");
      assertEquals(1L, (long) t.getAs("created_tickets"), "line " + line[0]);
      assertEquals((long) line[1], (long) t.getAs("escalated_up"), "line " + line[0]);
      assertEquals(line[1], t.<Double>getAs("escalation_rate"), EPS, "line " + line[0]);
      assertEquals(2760.0, t.<Double>getAs("first_resolution_p50_minutes"), EPS, "line " + line[0]);
    }

    // Week B, billing, line 1, email, normal:
    //  created = T8 = 1, escalated_up 0, rate 0.
    //  solved: T4 (created in week A, first solved Mon 09-28 09:30: Fri 16:00 -> Mon 09:30 = 65.5 h =
    //  3930 min) and T8 (09:00 -> 10:00 = 60) = 2; p50 = (60 + 3930) / 2 = 1995; p90 = 60 + 0.9 × 3870
    //  = 3543. reopened: T8 -> 1, reopen_rate 0.5.
    //  ratings given in week B: T1 good (Tue 09-29), T4 good (Tue 09-29), T2 bad (Wed 09-30) ->
    //  rated 3, good 2, score 2/3.
    //  Wilson at z = 1.959963984540054, z² = 3.841458820694125, p = 2/3, n = 3:
    //   denominator 1 + z²/3 = 2.280486273564708; centre (2/3 + z²/6) / 2.280486 = 0.573083828;
    //   half-width z × √(2/27 + z²/36) / 2.280486 = 1.959964 × √0.180781 / 2.280486 = 0.365424227;
    //   low = 0.207659601, high = 0.938508055.
    //  backlog_start = end of Sun 09-27 = T4 = 1; backlog_end = end of Sun 10-04 = 0 (only T6, technical).
    Row b1 = kpi(k, WEEK_B, "billing", 1, "email", "normal");
    assertEquals(1L, (long) b1.getAs("created_tickets"));
    assertEquals(0.0, b1.<Double>getAs("escalation_rate"), EPS);
    assertEquals(2L, (long) b1.getAs("solved_tickets"));
    assertEquals(1995.0, b1.<Double>getAs("first_resolution_p50_minutes"), EPS);
    assertEquals(3543.0, b1.<Double>getAs("first_resolution_p90_minutes"), EPS);
    assertEquals(1L, (long) b1.getAs("reopened_tickets"));
    assertEquals(0.5, b1.<Double>getAs("reopen_rate"), EPS);
    assertEquals(3L, (long) b1.getAs("csat_rated"));
    assertEquals(2L, (long) b1.getAs("csat_good"));
    assertEquals(2.0 / 3, b1.<Double>getAs("csat_score"), EPS);
    assertEquals(wilson(2, 3, -1), b1.<Double>getAs("csat_wilson_low"), EPS);
    assertEquals(wilson(2, 3, +1), b1.<Double>getAs("csat_wilson_high"), EPS);
    assertEquals(0.207659601, b1.<Double>getAs("csat_wilson_low"), 1e-8);
    assertEquals(0.938508055, b1.<Double>getAs("csat_wilson_high"), 1e-8);
    assertEquals(1L, (long) b1.getAs("backlog_start"));
    assertEquals(0L, (long) b1.getAs("backlog_end"));

    // Week B, billing, line 2: no ticket created (rates over 0 created are null, not 0); T2's bad
    // rating counts here too (T2 entered line 2): rated 1, good 0, score 0.
    // Wilson with 0 of 1: low = 0; high = (z²/2 + z × √(z²/4)) / (1 + z²) = z² / (1 + z²) = 0.793450686.
    Row b2 = kpi(k, WEEK_B, "billing", 2, "email", "normal");
    assertEquals(0L, (long) b2.getAs("created_tickets"));
    assertNull(b2.getAs("escalation_rate"));
    assertNull(b2.getAs("reopen_rate"));
    assertEquals(1L, (long) b2.getAs("csat_rated"));
    assertEquals(0.0, b2.<Double>getAs("csat_score"), EPS);
    assertEquals(0.0, b2.<Double>getAs("csat_wilson_low"), EPS);
    assertEquals(Z * Z / (1 + Z * Z), b2.<Double>getAs("csat_wilson_high"), EPS);

    // Week B, technical, line 2, web, urgent: T6 created 1; open at the end of Sun 10-04 at line 2 -> 1.
    Row b6 = kpi(k, WEEK_B, "technical", 2, "web", "urgent");
    assertEquals(1L, (long) b6.getAs("created_tickets"));
    assertEquals(0L, (long) b6.getAs("backlog_start"));
    assertEquals(1L, (long) b6.getAs("backlog_end"));
  }

  @Test
  void kpiBacklogColumnsAreTheBacklogDailySnapshotSums() {
    // backlog_end = the snapshot at the end of the period's last day, backlog_start = at the end of
    // the day before it starts, both by the group and line holding the tickets then.
    Map<String, Long> open = new java.util.HashMap<>();
    for (Row r : table("backlog_daily").collectAsList()) {
      open.merge(key(r.getAs("date"), r), ((Number) r.getAs("open_tickets")).longValue(), Long::sum);
    }
    for (String period : List.of("kpi_weekly", "kpi_daily")) {
      int last = period.equals("kpi_weekly") ? 6 : 0;
      for (Row r : table(period).collectAsList()) {
        LocalDate start = r.getAs("period_start");
        assertEquals(open.getOrDefault(key(start.plusDays(last), r), 0L), (long) r.getAs("backlog_end"),
            period + " " + r);
        assertEquals(open.getOrDefault(key(start.minusDays(1), r), 0L), (long) r.getAs("backlog_start"),
            period + " " + r);
      }
    }
    // And by hand (weekly): the only non-zero ones are week A billing/1/email/normal backlog_end 1
    // (T4 at the end of 09-27), week B billing/1/email/normal backlog_start 1 (the same snapshot) and
    // week B technical/2/web/urgent backlog_end 1 (T6 at the end of 10-04).
    assertEquals(List.of("[2026-09-21,billing,1,email,normal,0,1]", "[2026-09-28,billing,1,email,normal,1,0]",
        "[2026-09-28,technical,2,web,urgent,0,1]"),
        strings(table("kpi_weekly").filter("backlog_start > 0 or backlog_end > 0"), "period_start", "team", "tier",
            "channel", "priority", "backlog_start", "backlog_end"));
  }

  // ---------------------------------------------------------------------------------------------
  // §3 agent_load, team_load_balance

  @Test
  void agentLoadPerDayAndWeek() {
    // Columns: touched, owned, solved, public_replies, owned_open_backlog (end of day / of Sunday),
    // handle_hours = Σ handle_seconds / 3600 (null when nothing was logged), occupancy = handle_hours
    // ÷ (weekly_hours ÷ 5) per day and ÷ weekly_hours per week, after_hours_share (outside Mon–Fri
    // 08–18 of the agent's roster team), complexity_weighted_load = Σ per ticket touched of line
    // weight (of the agent's events on it) × priority weight (urgent 2, high 1.5, normal 1, low 0.75).
    List<Row> rows = collect(table("agent_load").join(
        spark.read().parquet(lake.resolve("current/agents").toString()).select("agent_key", "display_name"),
        "agent_key"), "display_name", "period", "period_start", "tickets_touched", "tickets_owned",
        "tickets_solved", "public_replies", "owned_open_backlog", "handle_hours", "occupancy",
        "after_hours_share", "complexity_weighted_load");
    assertTable(rows, new Object[][] {
        // Ana (40 h, a day = 8 h). Mon 09-21: T1 assigned/reply/note/solved, T2 assigned/reply/assigned
        // (7 events, all in hours); touched {T1,T2}, owned {T1,T2}, solved 1, replies 2; handle
        // 300+60+120+600 = 1080 s = 0.3 h, occupancy 0.3/8 = 0.0375; T2 is hers and open at midnight
        // -> owned_open 1; load T1 1×1 + T2 1×1 (her events on T2 are at line 1) = 2.
        {"Ana", "day", "2026-09-21", "2", "2", "1", "2", "1", 0.3, 0.0375, 0.0, 2.0},
        // Tue 09-22: T2 solved (300 s = 1/12 h), occupancy (1/12)/8 = 1/96; T2 solved -> owned_open 0.
        {"Ana", "day", "2026-09-22", "1", "0", "1", "0", "0", 1.0 / 12, 1.0 / 96, 0.0, 1.0},
        // Mon 09-28: T4 assigned + solved (180 s = 0.05 h), 0.05/8 = 0.00625.
        {"Ana", "day", "2026-09-28", "1", "1", "1", "0", "0", 0.05, 0.00625, 0.0, 1.0},
        // Thu 10-01: T8 assigned, reply (300), solved (60), solved again after the reopen (120): two
        // solved events; 480 s = 2/15 h, occupancy (2/15)/8 = 1/60.
        {"Ana", "day", "2026-10-01", "1", "1", "2", "1", "0", 2.0 / 15, 1.0 / 60, 0.0, 1.0},
        // Week A: {T1,T2}, owned 2, solved 2, replies 2, 1380 s = 23/60 h, occupancy (23/60)/40 =
        // 23/2400; end of Sun 09-27 she owns nothing open (T4 is Ben's) -> 0; load 2.
        {"Ana", "week", "2026-09-21", "2", "2", "2", "2", "0", 23.0 / 60, 23.0 / 2400, 0.0, 2.0},
        // Week B: {T4,T8}, owned 2, solved 1 + 2 = 3, replies 1, 180+300+60+120 = 660 s = 11/60 h,
        // occupancy 11/2400; load 2.
        {"Ana", "week", "2026-09-28", "2", "2", "3", "1", "0", 11.0 / 60, 11.0 / 2400, 0.0, 2.0},
        // Ben (20 h, a day = 4 h). Wed 09-23: only T1's assignment, which logs no handle time ->
        // handle_hours and occupancy null; T1 reopened and his at midnight -> owned_open 1.
        {"Ben", "day", "2026-09-23", "1", "1", "0", "0", "1", null, null, 0.0, 1.0},
        // Thu 09-24: T1 solved, 240 s = 1/15 h, occupancy (1/15)/4 = 1/60.
        {"Ben", "day", "2026-09-24", "1", "0", "1", "0", "0", 1.0 / 15, 1.0 / 60, 0.0, 1.0},
        // Fri 09-25: T4 assigned, reply (300 s = 1/12 h, pending), (1/12)/4 = 1/48; T4 his and pending
        // (open) at midnight -> 1.
        {"Ben", "day", "2026-09-25", "1", "1", "0", "1", "1", 1.0 / 12, 1.0 / 48, 0.0, 1.0},
        // Tue 09-29: T5 assigned 17:40 (in hours), reply 20:00 and solved 20:10 (after hours) -> 2/3;
        // 240 + 60 = 300 s = 1/12 h, 1/48; load line 1 × low 0.75 = 0.75.
        {"Ben", "day", "2026-09-29", "1", "1", "1", "1", "0", 1.0 / 12, 1.0 / 48, 2.0 / 3, 0.75},
        // Week A: {T1,T4}, owned 2, solved 1, replies 1, 540 s = 0.15 h, 0.15/20 = 0.0075; end of
        // Sun 09-27 T4 is his and pending -> 1; load 2.
        {"Ben", "week", "2026-09-21", "2", "2", "1", "1", "1", 0.15, 0.0075, 0.0, 2.0},
        // Week B: T5 only; (1/12)/20 = 1/240.
        {"Ben", "week", "2026-09-28", "1", "1", "1", "1", "0", 1.0 / 12, 1.0 / 240, 2.0 / 3, 0.75},
        // Cai (40 h). Mon 09-21: T2 assigned 11:00, reply 13:00 (900 s = 0.25 h), 0.25/8 = 0.03125;
        // T2 went back to Ana at 15:00 -> owned_open 0; load line 2 × normal = 2.
        {"Cai", "day", "2026-09-21", "1", "1", "0", "1", "0", 0.25, 0.03125, 0.0, 2.0},
        // Tue 09-22: T3 assigned, reply (600 s = 1/6 h, 1/48); T3 is Dee's at midnight -> 0;
        // load line 2 × high 1.5 = 3.
        {"Cai", "day", "2026-09-22", "1", "1", "0", "1", "0", 1.0 / 6, 1.0 / 48, 0.0, 3.0},
        // Wed 09-23: T7 assigned 10:05, reply 10:10 (300), solved 20:00 (600, after hours) -> 1/3;
        // 900 s = 0.25 h; load 2.
        {"Cai", "day", "2026-09-23", "1", "1", "1", "1", "0", 0.25, 0.03125, 1.0 / 3, 2.0},
        // Wed 09-30: T6 assigned, reply (1200 s = 1/3 h, (1/3)/8 = 1/24), pending and his -> 1;
        // load line 2 × urgent 2 = 4.
        {"Cai", "day", "2026-09-30", "1", "1", "0", "1", "1", 1.0 / 3, 1.0 / 24, 0.0, 4.0},
        // Week A: {T2,T3,T7}, solved 1, replies 3, 2400 s = 2/3 h, (2/3)/40 = 1/60; 1 of 7 events
        // after hours; load 2 + 3 + 2 = 7.
        {"Cai", "week", "2026-09-21", "3", "3", "1", "3", "0", 2.0 / 3, 1.0 / 60, 1.0 / 7, 7.0},
        // Week B: T6; (1/3)/40 = 1/120; T6 open and his at the end of Sun 10-04 -> 1.
        {"Cai", "week", "2026-09-28", "1", "1", "0", "1", "1", 1.0 / 3, 1.0 / 120, 0.0, 4.0},
        // Dee (40 h). Tue 09-22: T3 assigned (no handle time -> null), pending and hers -> 1;
        // load line 3 × high 1.5 = 4.5.
        {"Dee", "day", "2026-09-22", "1", "1", "0", "0", "1", null, null, 0.0, 4.5},
        // Thu 09-24: T3 solved, 1800 s = 0.5 h, 0.5/8 = 0.0625.
        {"Dee", "day", "2026-09-24", "1", "0", "1", "0", "0", 0.5, 0.0625, 0.0, 4.5},
        // (No Dee row for Wed 09-23: she has no events that day, though T3 is hers and pending at its
        // end; §3 describes rows "counting the agent's own events" and does not say such days get a row.)
        // Week A: 0.5/40 = 0.0125.
        {"Dee", "week", "2026-09-21", "1", "1", "1", "0", "0", 0.5, 0.0125, 0.0, 4.5}});
  }

  @Test
  void teamLoadBalanceGivesCvAndGiniPerTeamLineWeek() {
    // Agents of the roster's team × line with events in the week; x = tickets solved, then
    // complexity-weighted load (from agentLoadPerDayAndWeek).
    //  Week B billing/1: Ana solved 3, Ben 1: μ = 2, σ = √((1 + 1)/2) = 1 -> CV 0.5;
    //    Gini = Σᵢ Σⱼ |xᵢ − xⱼ| / (2n²μ) = (2 + 2) / (2 · 4 · 2) = 0.25.
    //    loads 2 and 0.75: μ = 1.375, σ = 0.625 -> CV 0.625/1.375 = 5/11; Gini = 2 · 1.25 / (2 · 4 ·
    //    1.375) = 2.5/11 = 5/22.
    //  Week A billing/1: Ana 2, Ben 1: μ 1.5, σ 0.5 -> CV 1/3; Gini 2 / (2 · 4 · 1.5) = 1/6;
    //    loads 2 and 2 -> CV 0, Gini 0.
    //  Week A technical/2 (Cai: 1 solved, load 7) and technical/3 (Dee: 1, 4.5): one agent -> 0, 0.
    //  Week B technical/2 (Cai: 0 solved, load 4): a mean of 0 -> solved CV and Gini null; load 0, 0.
    List<Row> rows = collect(table("team_load_balance"), "week_start", "team", "tier", "agents", "solved_cv",
        "solved_gini", "weighted_load_cv", "weighted_load_gini");
    assertTable(rows, new Object[][] {
        {"2026-09-21", "billing", "1", "2", 1.0 / 3, 1.0 / 6, 0.0, 0.0},
        {"2026-09-21", "technical", "2", "1", 0.0, 0.0, 0.0, 0.0},
        {"2026-09-21", "technical", "3", "1", 0.0, 0.0, 0.0, 0.0},
        {"2026-09-28", "billing", "1", "2", 0.5, 0.25, 5.0 / 11, 5.0 / 22},
        {"2026-09-28", "technical", "2", "1", null, null, 0.0, 0.0}});
  }

  // ---------------------------------------------------------------------------------------------

  /** Wilson bound by hand: (p̂ + z²/2n ± z√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n). */
  static double wilson(long good, long n, int sign) {
    double p = (double) good / n;
    double z2 = Z * Z;
    return (p + z2 / (2 * n) + sign * Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n))) / (1 + z2 / n);
  }

  static Dataset<Row> table(String name) {
    return spark.read().parquet(run.resolve(name).toString());
  }

  static Row kpi(Dataset<Row> k, LocalDate week, String team, int tier, String channel, String priority) {
    List<Row> rows = k.filter(col("period_start").equalTo(java.sql.Date.valueOf(week)).and(col("team").equalTo(team))
        .and(col("tier").equalTo(tier)).and(col("channel").equalTo(channel)).and(col("priority").equalTo(priority)))
        .collectAsList();
    assertEquals(1, rows.size(), week + " " + team + " " + tier + " " + channel + " " + priority);
    return rows.get(0);
  }

  /** A snapshot's key: day end × group × line × channel × priority. */
  static String key(LocalDate date, Row r) {
    return date + "|" + r.getAs("team") + "|" + r.getAs("tier") + "|" + r.getAs("channel") + "|" + r.getAs("priority");
  }

  /** The rows, ordered by all the columns, as strings. */
  static List<String> strings(Dataset<Row> ds, String... cols) {
    Dataset<Row> s = cols.length == 1 && cols[0].equals("*") ? ds : ds.select(cols[0],
        java.util.Arrays.copyOfRange(cols, 1, cols.length));
    List<String> out = new ArrayList<>();
    for (Row r : s.orderBy(java.util.Arrays.stream(s.columns()).map(c -> col("`" + c + "`")).toArray(
        org.apache.spark.sql.Column[]::new)).collectAsList()) {
      out.add(r.toString());
    }
    return out;
  }

  static List<Row> collect(Dataset<Row> ds, String... cols) {
    Dataset<Row> s = ds.select(cols[0], java.util.Arrays.copyOfRange(cols, 1, cols.length));
    return s.orderBy(java.util.Arrays.stream(cols).map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
        .collectAsList();
  }

  /** Row by row: a Double expected value is compared within {@link #EPS}, null as null, others as text. */
  static void assertTable(List<Row> actual, Object[][] expected) {
    List<String> shown = actual.stream().map(Row::toString).toList();
    assertEquals(expected.length, actual.size(), "rows: " + shown);
    for (int i = 0; i < expected.length; i++) {
      Row r = actual.get(i);
      for (int j = 0; j < expected[i].length; j++) {
        Object e = expected[i][j];
        Object a = r.get(j);
        String where = "row " + i + " " + r + ", column " + r.schema().fieldNames()[j];
        if (e == null) {
          assertNull(a, where);
        } else if (e instanceof Double d) {
          assertNotNull(a, where);
          assertTrue(Math.abs(d - ((Number) a).doubleValue()) <= EPS, where + ": expected " + d);
        } else {
          assertEquals(e.toString(), String.valueOf(a), where);
        }
      }
    }
  }
}
