package io.staffline.sample;

import io.staffline.ticket.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Every setting of the sample generator, each with one documented default in {@link #defaults()}
 * (listed in docs/generator.md). The window is {@code [start 00:00 UTC, exportTime)} with
 * {@code exportTime = start + 7 * weeks days, 00:00 UTC}.
 *
 * @param seed the only source of randomness: equal settings write byte-identical files
 * @param start first day of the window, a Monday
 * @param ticketsPerWeek expected new tickets in an ordinary week (trend 1, no holiday)
 * @param escalation12 share of tickets escalated from line 1 to line 2 (decided once per ticket)
 * @param escalation23 share of line-2 stays escalated to line 3
 * @param bounceBack share of line-2 stays sent back to line 1 (then solved there)
 * @param reopen share of solved tickets reopened once by the requester
 * @param pending share of tickets with one pending period on line 1 (waiting for the requester)
 * @param csatResponse share of solved tickets the requester rates
 * @param csatGood chance of a good rating for a ticket solved on line 1 and never reopened
 * @param csatPenaltyPerLine chance of good lost per line above 1 that the ticket reached
 * @param csatPenaltyReopened chance of good lost when the ticket was reopened
 * @param contractorShare share of line-1 first assignments to an external contractor
 * @param zone the teams' time zone: arrival profiles, shifts and ticket time offsets
 */
public record GeneratorSettings(
    long seed,
    int weeks,
    LocalDate start,
    int ticketsPerWeek,
    double escalation12,
    double escalation23,
    double bounceBack,
    double reopen,
    double pending,
    double csatResponse,
    double csatGood,
    double csatPenaltyPerLine,
    double csatPenaltyReopened,
    double contractorShare,
    ZoneId zone,
    ArrivalModel arrivals,
    TimingModel timings,
    RosterModel roster) {

  public GeneratorSettings {
    if (weeks < 1 || weeks > 520) {
      throw new IllegalArgumentException("weeks must be in 1..520, not " + weeks);
    }
    if (start == null || start.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("start must be a Monday, not " + start
          + (start == null ? "" : " (" + start.getDayOfWeek() + ")"));
    }
    if (zone == null) {
      throw new IllegalArgumentException("zone must be set (e.g. Europe/Berlin)");
    }
    if (ticketsPerWeek < 1) {
      throw new IllegalArgumentException("ticketsPerWeek must be >= 1, not " + ticketsPerWeek);
    }
    probability("escalation12", escalation12);
    probability("escalation23", escalation23);
    probability("bounceBack", bounceBack);
    probability("reopen", reopen);
    probability("pending", pending);
    probability("csatResponse", csatResponse);
    probability("csatGood", csatGood);
    probability("csatPenaltyPerLine", csatPenaltyPerLine);
    probability("csatPenaltyReopened", csatPenaltyReopened);
    probability("contractorShare", contractorShare);
    if (escalation23 + bounceBack > 1) {
      throw new IllegalArgumentException("escalation23 + bounceBack must be <= 1 (both are shares"
          + " of line-2 stays), not " + escalation23 + " + " + bounceBack);
    }
    if (arrivals == null || timings == null || roster == null) {
      throw new IllegalArgumentException("arrivals, timings and roster must be set");
    }
    for (Map.Entry<Channel, Double> e : arrivals.channelShares().entrySet()) {
      if (e.getValue() > 0 && !timings.firstReply().containsKey(e.getKey())) {
        throw new IllegalArgumentException("timings.firstReply has no value for channel "
            + e.getKey().code() + " (arrivals.channelShares gives it " + e.getValue() + ")");
      }
    }
    if (Math.abs(arrivals.trendPerWeek()) * weeks / 2 >= 0.9) {
      throw new IllegalArgumentException("arrivals.trendPerWeek " + arrivals.trendPerWeek()
          + " over " + weeks + " weeks would drive the rate to or below zero");
    }
  }

  private static void probability(String setting, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(setting + " must be a probability in [0, 1], not " + p);
    }
  }

  /** The documented defaults: seed 42, 12 weeks from Monday 2026-08-24, 3,500 tickets a week. */
  public static GeneratorSettings defaults() {
    return new GeneratorSettings(42L, 12, LocalDate.of(2026, 8, 24), 3_500,
        0.10, 0.25, 0.08, 0.05, 0.30, 0.30, 0.85, 0.15, 0.10, 0.01,
        ZoneId.of("Europe/Berlin"), ArrivalModel.defaults(), TimingModel.defaults(),
        RosterModel.defaults());
  }

  /** The export time: the end of the last week, 00:00 UTC; nothing later is written. */
  public Instant exportTime() {
    return start.plusDays(7L * weeks).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant of the window, start 00:00 UTC. */
  public Instant windowStart() {
    return start.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public GeneratorSettings withSeed(long v) {
    return new GeneratorSettings(v, weeks, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, pending, csatResponse, csatGood, csatPenaltyPerLine,
        csatPenaltyReopened, contractorShare, zone, arrivals, timings, roster);
  }

  public GeneratorSettings withWeeks(int v) {
    return new GeneratorSettings(seed, v, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, pending, csatResponse, csatGood, csatPenaltyPerLine,
        csatPenaltyReopened, contractorShare, zone, arrivals, timings, roster);
  }

  public GeneratorSettings withStart(LocalDate v) {
    return new GeneratorSettings(seed, weeks, v, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, pending, csatResponse, csatGood, csatPenaltyPerLine,
        csatPenaltyReopened, contractorShare, zone, arrivals, timings, roster);
  }

  public GeneratorSettings withTicketsPerWeek(int v) {
    return new GeneratorSettings(seed, weeks, start, v, escalation12, escalation23, bounceBack,
        reopen, pending, csatResponse, csatGood, csatPenaltyPerLine, csatPenaltyReopened,
        contractorShare, zone, arrivals, timings, roster);
  }

  public GeneratorSettings withEscalation12(double v) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, v, escalation23, bounceBack,
        reopen, pending, csatResponse, csatGood, csatPenaltyPerLine, csatPenaltyReopened,
        contractorShare, zone, arrivals, timings, roster);
  }

  /** Escalation shares: line 1 → 2, line 2 → 3, line 2 → back to 1. */
  public GeneratorSettings withEscalation(double to2, double to3, double back) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, to2, to3, back, reopen,
        pending, csatResponse, csatGood, csatPenaltyPerLine, csatPenaltyReopened, contractorShare,
        zone, arrivals, timings, roster);
  }

  public GeneratorSettings withReopen(double v) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, v, pending, csatResponse, csatGood, csatPenaltyPerLine, csatPenaltyReopened,
        contractorShare, zone, arrivals, timings, roster);
  }

  public GeneratorSettings withPending(double v) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, v, csatResponse, csatGood, csatPenaltyPerLine, csatPenaltyReopened,
        contractorShare, zone, arrivals, timings, roster);
  }

  /** CSAT: response share, good share on line 1, penalties per extra line and for a reopen. */
  public GeneratorSettings withCsat(double response, double good, double perLine,
      double reopened) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, pending, response, good, perLine, reopened, contractorShare, zone,
        arrivals, timings, roster);
  }

  public GeneratorSettings withContractorShare(double v) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, pending, csatResponse, csatGood, csatPenaltyPerLine,
        csatPenaltyReopened, v, zone, arrivals, timings, roster);
  }

  public GeneratorSettings withZone(ZoneId v) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, pending, csatResponse, csatGood, csatPenaltyPerLine,
        csatPenaltyReopened, contractorShare, v, arrivals, timings, roster);
  }

  public GeneratorSettings withArrivals(ArrivalModel v) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, pending, csatResponse, csatGood, csatPenaltyPerLine,
        csatPenaltyReopened, contractorShare, zone, v, timings, roster);
  }

  public GeneratorSettings withTimings(TimingModel v) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, pending, csatResponse, csatGood, csatPenaltyPerLine,
        csatPenaltyReopened, contractorShare, zone, arrivals, v, roster);
  }

  public GeneratorSettings withRoster(RosterModel v) {
    return new GeneratorSettings(seed, weeks, start, ticketsPerWeek, escalation12, escalation23,
        bounceBack, reopen, pending, csatResponse, csatGood, csatPenaltyPerLine,
        csatPenaltyReopened, contractorShare, zone, arrivals, timings, v);
  }
}
