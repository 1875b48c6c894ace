package io.staffline.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.ticket.Channel;
import io.staffline.ticket.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {
  private static final GeneratorSettings DEFAULTS = GeneratorSettings.defaults();

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertEquals(42L, DEFAULTS.seed());
    assertEquals(12, DEFAULTS.weeks());
    assertEquals(LocalDate.of(2026, 8, 24), DEFAULTS.start());
    assertEquals("Europe/Berlin", DEFAULTS.zone().getId());
    assertEquals(3_500, DEFAULTS.ticketsPerWeek());
    assertEquals(0.10, DEFAULTS.escalation12());
    assertEquals(0.25, DEFAULTS.escalation23());
    assertEquals(0.08, DEFAULTS.bounceBack());
    assertEquals(0.05, DEFAULTS.reopen());
    assertEquals(0.30, DEFAULTS.pending());
    assertEquals(0.30, DEFAULTS.csatResponse());
    assertEquals(0.85, DEFAULTS.csatGood());
    assertEquals(0.01, DEFAULTS.contractorShare());
    assertEquals(0.30, DEFAULTS.arrivals().channelShares().get(Channel.PHONE));
    assertEquals(0.05, DEFAULTS.arrivals().priorityShares().get(Priority.URGENT));
    assertEquals(360, DEFAULTS.timings().handleSeconds().get(io.staffline.ticket.Tier.LINE_1)
        .mean());
  }

  @Test
  void exportTimeIsTheEndOfTheLastWeekAtMidnightUtc() {
    assertEquals(Instant.parse("2026-11-16T00:00:00Z"), DEFAULTS.exportTime());
    assertEquals(Instant.parse("2026-09-07T00:00:00Z"), DEFAULTS.withWeeks(2).exportTime());
  }

  @Test
  void startMustBeAMonday() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DEFAULTS.withStart(LocalDate.of(2026, 9, 1)));
    assertEquals("start must be a Monday, not 2026-09-01 (TUESDAY)", e.getMessage());
  }

  @Test
  void lineTwoSharesMayNotExceedOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DEFAULTS.withEscalation(0.1, 0.95, 0.08));
    assertTrue(e.getMessage().startsWith("escalation23 + bounceBack must be <= 1"), e.getMessage());
  }

  @Test
  void probabilitiesMustBeProbabilities() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DEFAULTS.withReopen(1.5));
    assertEquals("reopen must be a probability in [0, 1], not 1.5", e.getMessage());
  }

  @Test
  void channelSharesMustAddUpToOne() {
    Map<Channel, Double> shares = new EnumMap<>(DEFAULTS.arrivals().channelShares());
    shares.put(Channel.PHONE, 0.5);
    ArrivalModel a = DEFAULTS.arrivals();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ArrivalModel(a.teams(), shares, a.priorityShares(), a.hourlyProfile(),
            a.weekdayProfile(), a.holidays(), a.trendPerWeek()));
    assertTrue(e.getMessage().startsWith("arrivals.channelShares must add up to 1"),
        e.getMessage());
  }

  @Test
  void everyChannelInTheMixNeedsAFirstReplyTime() {
    Map<Channel, Double> shares = new EnumMap<>(DEFAULTS.arrivals().channelShares());
    shares.put(Channel.WEB, 0.10);
    shares.put(Channel.API, 0.05);
    ArrivalModel a = DEFAULTS.arrivals();
    ArrivalModel withApi = new ArrivalModel(a.teams(), shares, a.priorityShares(),
        a.hourlyProfile(), a.weekdayProfile(), a.holidays(), a.trendPerWeek());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DEFAULTS.withArrivals(withApi));
    assertEquals("timings.firstReply has no value for channel api (arrivals.channelShares gives"
        + " it 0.05)", e.getMessage());
  }
}
