package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.staffing.ForecastInput.Forecast;
import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The derived settings and forecasts the what-if scenarios are made of (docs/reports.md §What-if),
 * and the week of a plan: {@link StaffingPlan#during} gives {@link StaffingPlan#of}'s rows, reusing
 * the queues a scenario leaves as they were.
 */
class StaffingVariantsTest {
  static final BigDecimal UP = new BigDecimal("0.05");
  static final BigDecimal DOWN = UP.negate();
  static final BigDecimal TEN_PERCENT_LONGER = new BigDecimal("1.1");
  static final String FILE = "staffing.yaml";

  /** Phone on Erlang C everywhere, but line 2 answers its phone at 90% within 30 s. */
  static final String PHONE_WITH_A_LINE_2_OVERRIDE = """
      channels:
        phone: {model: erlang, service_level: 80%, answer_seconds: 20}
      lines:
        1: {planned_shrinkage: 20%, unplanned_shrinkage: 10%}
        2:
          planned_shrinkage: 5%
          unplanned_shrinkage: 2%
          channels:
            phone: {model: erlang, service_level: 90%, answer_seconds: 30}
      """;

  static StaffingConfig config(String yaml) {
    return StaffingConfig.parse(yaml, FILE);
  }

  static final StaffingConfig BUNDLED = StaffingConfig.load(StaffingConfig.DEFAULT_FILE);

  @Test
  void theServiceLevelMovesFivePointsExactlyAndNothingElseOfTheTarget() {
    ChannelSettings phone = BUNDLED.withServiceLevelMovedBy(UP).channel(Channel.PHONE, Tier.LINE_1);
    // 80% + 5 points in decimal: the double nearest 0.85, not 0.8500000000000001.
    assertEquals(0.85, phone.target().serviceLevel().fraction(), 0);
    assertEquals(20, phone.target().serviceLevel().answerSeconds(), 0);
    assertEquals(ServiceLevelReading.ANSWERED_WITHIN, phone.target().serviceLevel().reading());
    assertEquals(120, phone.patienceSeconds().getAsDouble(), 0);
    assertEquals(0.05, phone.target().maxAbandonment().getAsDouble(), 0);
    assertEquals(0.85, phone.target().maxOccupancy().getAsDouble(), 0);
    ChannelSettings chat = BUNDLED.withServiceLevelMovedBy(DOWN).channel(Channel.CHAT, Tier.LINE_1);
    assertEquals(0.75, chat.target().serviceLevel().fraction(), 0);
    assertEquals(60, chat.target().serviceLevel().answerSeconds(), 0);
    assertEquals(2, chat.concurrency());
  }

  @Test
  void deferredWorkKeepsItsSettingsWhenTheServiceLevelMoves() {
    StaffingConfig moved = BUNDLED.withServiceLevelMovedBy(UP);
    assertEquals(BUNDLED.channel(Channel.EMAIL, Tier.LINE_1), moved.channel(Channel.EMAIL, Tier.LINE_1));
    // Every channel of lines 2 and 3 is backlog in the bundled file.
    for (Channel channel : Channel.values()) {
      assertEquals(BUNDLED.channel(channel, Tier.LINE_2), moved.channel(channel, Tier.LINE_2), channel.code());
      assertEquals(BUNDLED.channel(channel, Tier.LINE_3), moved.channel(channel, Tier.LINE_3), channel.code());
    }
  }

  @Test
  void aLinesOverrideMovesToo() {
    StaffingConfig moved = config(PHONE_WITH_A_LINE_2_OVERRIDE).withServiceLevelMovedBy(UP);
    assertEquals(0.85, moved.channel(Channel.PHONE, Tier.LINE_1).target().serviceLevel().fraction(), 0);
    assertEquals(0.95, moved.channel(Channel.PHONE, Tier.LINE_2).target().serviceLevel().fraction(), 0);
    assertEquals(30, moved.channel(Channel.PHONE, Tier.LINE_2).target().serviceLevel().answerSeconds(), 0);
    assertEquals("lines.2.channels.phone", moved.settingsKey(Channel.PHONE, Tier.LINE_2));
  }

  @Test
  void aServiceLevelMovedToAHundredPercentNamesTheSetting() {
    StaffingConfig high = config(PHONE_WITH_A_LINE_2_OVERRIDE.replace("90%", "97%"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> high.withServiceLevelMovedBy(UP));
    assertEquals("lines.2.channels.phone: service level 97% + 5 points = 102%: must be above 0 and below 100%",
        e.getMessage());
  }

  @Test
  void shrinkageMovesTheUnplannedShare() {
    // Line 1: 20% + 10% → 20% + 15% = 35%, and 20% + 5% = 25%.
    assertEquals(new LineShrinkage(new BigDecimal("0.20"), new BigDecimal("0.15")),
        config(PHONE_WITH_A_LINE_2_OVERRIDE).withShrinkageMovedBy(UP).line(Tier.LINE_1));
    assertEquals(0.35, config(PHONE_WITH_A_LINE_2_OVERRIDE).withShrinkageMovedBy(UP).line(Tier.LINE_1).total()
        .fraction(), 0);
    assertEquals(0.25, config(PHONE_WITH_A_LINE_2_OVERRIDE).withShrinkageMovedBy(DOWN).line(Tier.LINE_1).total()
        .fraction(), 0);
  }

  @Test
  void aFallLargerThanTheUnplannedShareTakesTheRestFromPlannedAndStopsAtNone() {
    StaffingConfig down = config(PHONE_WITH_A_LINE_2_OVERRIDE).withShrinkageMovedBy(DOWN);
    // Line 2: 5% + 2% − 5 points: unplanned 0, planned 5% − 3 points = 2%.
    assertEquals(new LineShrinkage(new BigDecimal("0.02"), BigDecimal.ZERO), down.line(Tier.LINE_2));
    // Line 3 is not in the file: no shrinkage, and none to take away.
    assertEquals(0.0, down.line(Tier.LINE_3).total().fraction(), 0);
  }

  @Test
  void shrinkageMovedToAHundredPercentNamesTheLine() {
    StaffingConfig high = config("lines:\n  1: {planned_shrinkage: 60%, unplanned_shrinkage: 38%}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> high.withShrinkageMovedBy(UP));
    assertEquals("lines.1: shrinkage 98% + 5 points = 103%: must be below 100% (nobody would be left to answer)",
        e.getMessage());
  }

  @Test
  void noChangeIsTheSameSettings() {
    assertSame(BUNDLED, BUNDLED.withServiceLevelMovedBy(BigDecimal.ZERO).withShrinkageMovedBy(BigDecimal.ZERO));
  }

  static final Instant MONDAY_0900 = Instant.parse("2026-11-30T09:00:00Z");

  @Test
  void handleTimeScalesInDecimalTheForecastsAndTheDefaultStandingIn() {
    Forecast f = ForecastInput.of(new ForecastTable()
        .row("billing", "phone", 1, MONDAY_0900, 100, 180.0)
        .row("billing", "email", 1, MONDAY_0900, 10, null).table(), "test", BUNDLED);
    Forecast longer = f.withAhtScaledBy(TEN_PERCENT_LONGER);
    // Queues in team, channel (phone, email, ...), line order.
    QueueInterval phone = longer.queues().get(0).intervals().get(0);
    QueueInterval email = longer.queues().get(1).intervals().get(0);
    assertEquals(198.0, phone.ahtSeconds(), 0);
    assertEquals(100, phone.contacts(), 0);
    assertEquals(528.0, email.ahtSeconds(), 0);
    assertEquals(true, email.defaultAht());
    assertEquals(528.0, longer.aht().get(Channel.EMAIL).get("channels.email").defaultSeconds(), 0);
    assertSame(f, f.withAhtScaledBy(BigDecimal.ONE));
    assertThrows(IllegalArgumentException.class, () -> f.withAhtScaledBy(BigDecimal.ZERO));
  }

  static final TeamCalendars CALENDARS =
      CalendarsConfig.load(Path.of("jobs", "calendars.yaml")).toTeamCalendars();
  static final Instant WEEK_1 = Instant.parse("2026-11-30T00:00:00Z");
  static final Instant WEEK_2 = WEEK_1.plus(Duration.ofDays(7));
  static final Instant WEEK_3 = WEEK_2.plus(Duration.ofDays(7));

  /**
   * Two weeks of billing (the bundled office calendar, Mon–Fri 08:00–18:00 Berlin): phone every
   * weekday 09:00–12:00 UTC, and e-mail that is light in week 1 and a heap on Monday of week 2.
   */
  static Forecast twoWeeks() {
    ForecastTable t = new ForecastTable();
    for (Instant at = WEEK_1; at.isBefore(WEEK_3); at = at.plus(Duration.ofMinutes(30))) {
      int hour = at.atZone(java.time.ZoneOffset.UTC).getHour();
      boolean weekday = at.atZone(java.time.ZoneOffset.UTC).getDayOfWeek().getValue() <= 5;
      t.row("billing", "phone", 1, at, weekday && hour >= 9 && hour < 12 ? 40 : 0, 240.0);
      boolean heap = at.equals(WEEK_2.plus(Duration.ofHours(9)));
      t.row("billing", "email", 1, at, heap ? 400 : weekday && hour == 10 ? 4 : 0, 480.0);
    }
    return ForecastInput.of(t.table(), "test", BUNDLED);
  }

  @Test
  void aWeekOfThePlanIsThePlansRowsOfThatWeek() {
    Forecast f = twoWeeks();
    StaffingPlan whole = StaffingPlan.of(f, BUNDLED, CALENDARS);
    StaffingPlan week = StaffingPlan.during(f, BUNDLED, new QueueSizings(CALENDARS), WEEK_1, WEEK_2);
    List<IntervalRequirement> wholeWeek1 = whole.requirements().stream()
        .filter(r -> r.interval().start().isBefore(WEEK_2)).toList();
    // 336 half-hours × 2 queues.
    assertEquals(672, week.requirements().size());
    assertEquals(wholeWeek1, week.requirements());
    assertEquals(whole.lines().stream().filter(l -> l.start().isBefore(WEEK_2)).toList(), week.lines());
  }

  @Test
  void deferredWorkIsSizedOverTheWholeHorizonNotTheWeek() {
    // Week 2's heap of e-mail sets the one staffing of the queue, in week 1 as well: sizing week 1
    // alone would need fewer agents there.
    Forecast f = twoWeeks();
    Forecast week1Only = new Forecast(f.asOf(), f.intervalMinutes(),
        f.queues().stream().map(q -> q.within(WEEK_1, WEEK_2)).toList(), f.aht());
    BigDecimal horizon = emailAgents(StaffingPlan.during(f, BUNDLED, new QueueSizings(CALENDARS), WEEK_1, WEEK_2));
    BigDecimal alone = emailAgents(StaffingPlan.of(week1Only, BUNDLED, CALENDARS));
    assertNotEquals(0, horizon.compareTo(alone));
    assertEquals(horizon, emailAgents(StaffingPlan.of(f, BUNDLED, CALENDARS)));
  }

  static BigDecimal emailAgents(StaffingPlan plan) {
    // Monday 10:00 UTC of week 1: the office is open.
    Instant open = WEEK_1.plus(Duration.ofHours(10));
    return plan.requirements().stream().filter(r -> r.queue().channel() == Channel.EMAIL
        && r.interval().start().equals(open)).findFirst().orElseThrow().fractionalAgents();
  }

  @Test
  void aScenarioSizesOnlyTheQueuesItChanges() {
    Forecast f = twoWeeks();
    QueueSizings sizings = new QueueSizings(CALENDARS);
    StaffingPlan.during(f, BUNDLED, sizings, WEEK_1, WEEK_2);
    assertEquals(2, sizings.queuesSized());
    // Shrinkage changes no queue; the service level only the phone (e-mail is backlog); handle time both.
    StaffingPlan.during(f, BUNDLED.withShrinkageMovedBy(UP), sizings, WEEK_1, WEEK_2);
    assertEquals(2, sizings.queuesSized());
    StaffingPlan.during(f, BUNDLED.withServiceLevelMovedBy(UP), sizings, WEEK_1, WEEK_2);
    assertEquals(3, sizings.queuesSized());
    StaffingPlan.during(f.withAhtScaledBy(TEN_PERCENT_LONGER), BUNDLED, sizings, WEEK_1, WEEK_2);
    assertEquals(5, sizings.queuesSized());
  }
}
