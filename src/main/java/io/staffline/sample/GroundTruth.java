package io.staffline.sample;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.staffline.ticket.Channel;
import io.staffline.ticket.EventType;
import io.staffline.ticket.Priority;
import io.staffline.ticket.TicketStatus;
import io.staffline.ticket.Tier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ground_truth.json}: every parameter the run used, the rules that turn them into data,
 * and the realised counts of what was written. Keys keep a fixed order; the file is part of the
 * byte-identical output. Field meanings are in docs/generator.md.
 */
final class GroundTruth {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GroundTruth() {}

  static void write(Path file, GeneratorSettings s, ArrivalRates rates, Roster roster,
      RealisedCounts counts) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("generator", SampleGenerator.class.getName());
    root.put("format_version", 1);
    root.put("seed", s.seed());
    root.put("weeks", s.weeks());
    root.put("start", s.start().toString());
    root.put("window_start", ExportTimes.utc(s.windowStart().getEpochSecond()));
    root.put("export_time", ExportTimes.utc(s.exportTime().getEpochSecond()));
    root.put("zone", s.zone().getId());
    root.set("arrivals", arrivals(s, rates));
    root.set("probabilities", probabilities(s));
    root.set("handle_seconds", handleSeconds(s));
    root.set("first_reply", firstReply(s));
    root.set("delays", delays(s));
    root.set("csat", csat(s));
    root.set("roster", roster(s, roster));
    root.set("realised", realised(counts, roster));
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    Files.writeString(file, JSON.writer(printer).writeValueAsString(root) + "\n",
        StandardCharsets.UTF_8);
  }

  private static ObjectNode arrivals(GeneratorSettings s, ArrivalRates rates) {
    ArrivalModel a = s.arrivals();
    ObjectNode n = JSON.createObjectNode();
    n.put("tickets_per_week", s.ticketsPerWeek());
    n.put("rule", "expected tickets in a UTC hour = base_per_hour * hourly_profile[local hour]"
        + " * weekday_profile[local day] * trend * holiday factor of the local date; arrivals are"
        + " Poisson with that rate constant within the hour");
    n.put("base_per_hour", round(rates.basePerHour(), 6));
    n.put("base_rule", "base_per_hour = tickets_per_week / sum over the 168 hours of a week of"
        + " hourly_profile * weekday_profile");
    ArrayNode hourly = n.putArray("hourly_profile");
    a.hourlyProfile().forEach(hourly::add);
    ObjectNode weekday = n.putObject("weekday_profile");
    for (DayOfWeek d : DayOfWeek.values()) {
      weekday.put(d.name().toLowerCase(Locale.ROOT), a.weekdayProfile().get(d.getValue() - 1));
    }
    ArrayNode holidays = n.putArray("holidays");
    for (ArrivalModel.Holiday h : a.holidays()) {
      holidays.addObject().put("date", h.date().toString()).put("name", h.name())
          .put("factor", h.factor());
    }
    n.put("trend_per_week", a.trendPerWeek());
    n.put("trend_rule", "trend = 1 + trend_per_week * (weeks since window_start - weeks / 2),"
        + " taken at the middle of each hour");
    n.put("expected_tickets", round(rates.expectedTickets(), 3));
    ArrayNode teams = n.putArray("teams");
    for (ArrivalModel.Team t : a.teams()) {
      ObjectNode team = teams.addObject().put("name", t.name()).put("share", t.share());
      ArrayNode categories = team.putArray("categories");
      t.categories().forEach(categories::add);
    }
    ObjectNode channels = n.putObject("channel_shares");
    a.channelShares().forEach((c, v) -> channels.put(c.code(), v));
    ObjectNode priorities = n.putObject("priority_shares");
    a.priorityShares().forEach((p, v) -> priorities.put(p.code(), v));
    return n;
  }

  private static ObjectNode probabilities(GeneratorSettings s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("escalation12", s.escalation12());
    n.put("escalation23", s.escalation23());
    n.put("bounce_back", s.bounceBack());
    n.put("reopen", s.reopen());
    n.put("pending", s.pending());
    n.put("contractor_share", s.contractorShare());
    n.put("rule", "per ticket: pending and escalation12 are drawn once at creation; on line 2 one"
        + " uniform u gives bounce back to line 1 if u < bounce_back, escalation to line 3 if"
        + " u < bounce_back + escalation23, else a solve on line 2; reopen is drawn once after the"
        + " first solve; contractor_share applies to the first line-1 assignment");
    n.put("expected_share_reaching_line_2", s.escalation12());
    n.put("expected_share_reaching_line_3", round(s.escalation12() * s.escalation23(), 9));
    n.put("expected_share_bounced_back", round(s.escalation12() * s.bounceBack(), 9));
    return n;
  }

  private static ObjectNode handleSeconds(GeneratorSettings s) {
    ObjectNode n = JSON.createObjectNode();
    n.putArray("carried_by").add(EventType.PUBLIC_REPLY.code());
    n.put("rule", "every public_reply event carries handle_seconds drawn from the lognormal of the"
        + " line it is written on (its tier column), rounded to whole seconds, at least 1; no"
        + " other event carries handle time");
    for (Tier t : Tier.values()) {
      Lognormal l = s.timings().handleSeconds().get(t);
      n.putObject("line_" + t.number())
          .put("distribution", "lognormal")
          .put("mean", l.mean())
          .put("median", round(l.median(), 3))
          .put("sigma", l.sigma())
          .put("sd", round(l.standardDeviation(), 3));
    }
    return n;
  }

  private static ObjectNode firstReply(GeneratorSettings s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("rule", "first public reply at created + delay (lognormal, capped); the line-1"
        + " assignment at a uniform point between creation and the first reply; one_touch is the"
        + " share of tickets without pending or escalation solved by that first reply");
    for (Map.Entry<Channel, TimingModel.FirstReply> e : s.timings().firstReply().entrySet()) {
      delay(n.putObject(e.getKey().code()), e.getValue().delay())
          .put("one_touch", e.getValue().oneTouch());
    }
    return n;
  }

  private static ObjectNode delays(GeneratorSettings s) {
    TimingModel t = s.timings();
    ObjectNode n = JSON.createObjectNode();
    n.put("rule", "all delays are lognormal with the given median and sigma, rounded to whole"
        + " seconds, at least 1 and at most max_seconds");
    ObjectNode followUp = n.putObject("follow_up");
    ObjectNode queue = n.putObject("queue");
    for (Tier tier : Tier.values()) {
      delay(followUp.putObject("line_" + tier.number()), t.followUp().get(tier));
      delay(queue.putObject("line_" + tier.number()), t.queue().get(tier));
    }
    delay(n.putObject("pending_wait"), t.pendingWait());
    delay(n.putObject("rating"), t.ratingDelay());
    n.putObject("reopen_days").put("min", t.reopenMinDays()).put("max", t.reopenMaxDays())
        .put("distribution", "uniform");
    n.put("close_after_days", t.closeAfterDays());
    n.put("line1_outcome_max_seconds", t.lineOneOutcomeMaxSeconds());
    return n;
  }

  private static ObjectNode delay(ObjectNode n, Delay d) {
    return n.put("median_seconds", d.medianSeconds()).put("sigma", d.sigma())
        .put("max_seconds", d.maxSeconds());
  }

  private static ObjectNode csat(GeneratorSettings s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("response", s.csatResponse());
    n.put("good", s.csatGood());
    n.put("penalty_per_line", s.csatPenaltyPerLine());
    n.put("penalty_reopened", s.csatPenaltyReopened());
    n.put("rule", "a rated event follows the last solve with probability response; P(good) ="
        + " clamp(good - penalty_per_line * (highest line reached - 1) - (reopened ?"
        + " penalty_reopened : 0), 0, 1)");
    ObjectNode chance = n.putObject("good_chance");
    for (Tier t : Tier.values()) {
      for (boolean reopened : new boolean[] {false, true}) {
        double p = s.csatGood() - s.csatPenaltyPerLine() * (t.number() - 1)
            - (reopened ? s.csatPenaltyReopened() : 0);
        chance.put("line_" + t.number() + (reopened ? "_reopened" : ""),
            round(Math.max(0, Math.min(1, p)), 9));
      }
    }
    return n;
  }

  private static ObjectNode roster(GeneratorSettings s, Roster roster) {
    RosterModel m = s.roster();
    ObjectNode n = JSON.createObjectNode();
    ArrayNode shifts = n.putArray("shifts");
    for (Shift shift : Shift.values()) {
      shifts.addObject().put("name", shift.code())
          .put("start", String.format(Locale.ROOT, "%02d:00", shift.startHour()))
          .put("hours", Shift.HOURS);
    }
    n.put("rotation", "5 on / 2 off: off on shifts starting on a local date whose"
        + " (epoch day + offset) mod 7 is 5 or 6");
    n.put("occupancy", m.occupancy());
    n.put("min_per_shift", m.minPerShift());
    n.put("part_time_share", m.partTimeShare());
    n.put("sizing_rule", "agents per team/line/shift = max(min_per_shift, ceil(peak hour work"
        + " * 7 / 5 / occupancy)); see docs/generator.md");
    ObjectNode headcount = n.putObject("headcount");
    roster.headcount().forEach(headcount::put);
    n.put("new_hires", m.newHires());
    n.put("leavers", m.leavers());
    n.put("level_promotions", m.levelPromotions());
    n.put("line_promotions", m.linePromotions());
    ArrayNode changes = n.putArray("changes");
    for (Roster.Change c : roster.changes()) {
      ObjectNode change = changes.addObject().put("agent_id", c.agentId()).put("kind", c.kind())
          .put("date", c.date().toString());
      if (c.from() != null) {
        change.put("from", c.from());
      }
      if (c.to() != null) {
        change.put("to", c.to());
      }
    }
    ArrayNode contractors = n.putArray("contractors");
    roster.contractors().forEach(a -> contractors.add(a.id()));
    return n;
  }

  private static ObjectNode realised(RealisedCounts c, Roster roster) {
    ObjectNode n = JSON.createObjectNode();
    n.put("tickets", c.tickets);
    n.put("events", c.events);
    n.put("agents", roster.agents().size());
    n.put("agent_levels", roster.agentLevelRows());
    ArrayNode perWeek = n.putArray("tickets_per_week");
    for (long w : c.ticketsPerWeek) {
      perWeek.add(w);
    }
    ObjectNode channels = n.putObject("tickets_by_channel");
    for (Channel ch : c.byChannel.keySet()) {
      channels.put(ch.code(), c.byChannel.get(ch));
    }
    ObjectNode priorities = n.putObject("tickets_by_priority");
    for (Priority p : c.byPriority.keySet()) {
      priorities.put(p.code(), c.byPriority.get(p));
    }
    ObjectNode teams = n.putObject("tickets_by_team");
    c.byTeam.forEach(teams::put);
    ObjectNode status = n.putObject("status_at_export");
    for (TicketStatus st : c.statusAtExport.keySet()) {
      status.put(st.code(), c.statusAtExport.get(st));
    }
    ObjectNode types = n.putObject("events_by_type");
    for (EventType t : c.eventsByType.keySet()) {
      types.put(t.code(), c.eventsByType.get(t));
    }
    n.put("tickets_escalated_1_to_2", c.escalated12);
    n.put("share_escalated_1_to_2", round(share(c.escalated12, c.tickets), 6));
    n.put("tickets_escalated_2_to_3", c.escalated23);
    n.put("tickets_bounced_2_to_1", c.bouncedBack);
    n.put("tickets_pending", c.pendingTickets);
    n.put("tickets_reopened", c.reopenedTickets);
    n.put("tickets_solved", c.solvedTickets);
    n.put("tickets_closed", c.closedTickets);
    n.put("tickets_rated", c.ratedTickets);
    n.put("ratings_good", c.ratedGood);
    n.put("ratings_line_1_only", c.ratedLineOneOnly);
    n.put("ratings_line_1_only_good", c.ratedLineOneOnlyGood);
    n.put("agent_events", c.agentEvents);
    n.put("contractor_events", c.contractorEvents);
    n.put("contractor_event_share", round(share(c.contractorEvents, c.events), 6));
    ObjectNode handle = n.putObject("handle_seconds");
    for (Tier t : Tier.values()) {
      handle.putObject("line_" + t.number())
          .put("events", c.handleCountAndSum.get(t)[0])
          .put("sum", c.handleCountAndSum.get(t)[1])
          .put("mean", round(c.meanHandleSeconds(t), 3));
    }
    handle.put("mean_all_lines", round(c.meanHandleSecondsAllLines(), 3));
    return n;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }

  private static double round(double v, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }
}
