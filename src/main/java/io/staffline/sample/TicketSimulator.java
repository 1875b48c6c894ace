package io.staffline.sample;

import io.staffline.ticket.Channel;
import io.staffline.ticket.EventType;
import io.staffline.ticket.Priority;
import io.staffline.ticket.TicketStatus;
import io.staffline.ticket.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Lives one ticket from creation to close (docs/generator.md, "A ticket's life"): assignment on
 * line 1, first reply, an optional pending period, escalation to line 2 and 3 or a bounce back,
 * the solve, an optional reopen and second solve, the rating and the close.
 */
final class TicketSimulator {
  private static final long DAY = 86_400;

  private final GeneratorSettings s;
  private final TimingModel timings;
  private final Roster roster;
  private final RandomGenerator rng;
  private final Mix<ArrivalModel.Team> teams;
  private final Mix<Channel> channels;
  private final Mix<Priority> priorities;
  private final int customers;

  TicketSimulator(GeneratorSettings s, Roster roster, RandomGenerator rng) {
    this.s = s;
    this.timings = s.timings();
    this.roster = roster;
    this.rng = rng;
    Map<ArrivalModel.Team, Double> teamShares = new LinkedHashMap<>();
    s.arrivals().teams().forEach(t -> teamShares.put(t, t.share()));
    this.teams = Mix.of(teamShares);
    this.channels = Mix.of(s.arrivals().channelShares());
    this.priorities = Mix.of(s.arrivals().priorityShares());
    // About three tickets per customer over the window, some customers far more often.
    this.customers = (int) Math.max(100, Math.min(Integer.MAX_VALUE / 2,
        (long) s.ticketsPerWeek() * s.weeks() / 3));
  }

  Ticket simulate(String id, long createdAt) {
    ArrivalModel.Team team = teams.pick(rng);
    Channel channel = channels.pick(rng);
    Priority priority = priorities.pick(rng);
    String category = team.categories().get(rng.nextInt(team.categories().size()));
    String subject = FakeIdentities.subject(rng, category);
    FakeIdentities.Requester requester = FakeIdentities.requester(rng, customers);
    Life life = new Life(team.name(), createdAt);
    life.live(channel);
    return new Ticket(id, createdAt, channel, priority, team.name(), category, subject, requester,
        life.events);
  }

  /** The state of one ticket while it is lived. */
  private final class Life {
    final String team;
    final List<TicketEvent> events = new ArrayList<>(16);
    long now;
    Tier line = Tier.LINE_1;
    TicketStatus status = TicketStatus.NEW;
    Agent assignee;
    Agent lastLineOneAgent;
    Tier highestLine = Tier.LINE_1;
    boolean reopened;

    Life(String team, long createdAt) {
      this.team = team;
      this.now = createdAt;
    }

    void live(Channel channel) {
      boolean waitsForRequester = rng.nextDouble() < s.pending();
      boolean escalates = rng.nextDouble() < s.escalation12();
      TimingModel.FirstReply firstReply = timings.firstReply().get(channel);
      long createdAt = now;
      long replyDelay = firstReply.delay().sample(rng);
      record(EventType.CREATED, null, null, null, TicketEvent.NO_HANDLE);
      at(createdAt + (long) (replyDelay * rng.nextDouble()));
      assignFirst();
      at(createdAt + replyDelay);
      boolean oneTouch = !waitsForRequester && !escalates
          && rng.nextDouble() < firstReply.oneTouch();
      if (oneTouch) {
        solve();
      } else {
        stayOnLineOne(waitsForRequester, escalates);
      }
      long lastSolve = now;
      if (rng.nextDouble() < s.reopen()) {
        lastSolve = reopenAndSolveAgain();
      }
      if (rng.nextDouble() < s.csatResponse()) {
        at(lastSolve + timings.ratingDelay().sample(rng));
        rate();
      }
      at(lastSolve + timings.closeAfterSeconds());
      close();
    }

    /** The first assignment: an on-shift line-1 agent, now and then an outside contractor. */
    void assignFirst() {
      Agent agent = rng.nextDouble() < s.contractorShare()
          ? roster.contractor(rng)
          : roster.pick(team, Tier.LINE_1, now, rng, null);
      assignTo(agent);
    }

    void stayOnLineOne(boolean waitsForRequester, boolean escalates) {
      publicReply();
      if (waitsForRequester) {
        waitForRequester();
        after(timings.followUp().get(Tier.LINE_1));
        publicReply();
      }
      after(timings.followUp().get(Tier.LINE_1));
      if (escalates) {
        changeLine(Tier.LINE_2);
        stayOnLineTwo();
      } else {
        solve();
      }
    }

    /** One uniform draw splits line-2 stays: bounce back, escalate to line 3, or solve. */
    void stayOnLineTwo() {
      arriveOnLine();
      double u = rng.nextDouble();
      if (u < s.bounceBack()) {
        changeLine(Tier.LINE_1);
        after(timings.queue().get(Tier.LINE_1));
        assignTo(roster.pick(team, Tier.LINE_1, now, rng, lastLineOneAgent));
        after(timings.followUp().get(Tier.LINE_1));
        solve();
      } else if (u < s.bounceBack() + s.escalation23()) {
        changeLine(Tier.LINE_3);
        arriveOnLine();
        solve();
      } else {
        solve();
      }
    }

    /** Wait in the line's queue, get assigned, reply, and work until the next step. */
    void arriveOnLine() {
      after(timings.queue().get(line));
      assignTo(roster.pick(team, line, now, rng, null));
      after(timings.followUp().get(line));
      publicReply();
      after(timings.followUp().get(line));
    }

    long reopenAndSolveAgain() {
      double days = timings.reopenMinDays()
          + rng.nextDouble() * (timings.reopenMaxDays() - timings.reopenMinDays());
      at(now + Math.round(days * DAY));
      reopened = true;
      status = TicketStatus.OPEN;
      record(EventType.REOPENED, null, null, null, TicketEvent.NO_HANDLE);
      after(timings.followUp().get(line));
      solve();
      return now;
    }

    /** The chance of a good rating: csatGood, less per line above 1 reached, less if reopened. */
    double goodRatingChance() {
      double p = s.csatGood() - s.csatPenaltyPerLine() * (highestLine.number() - 1)
          - (reopened ? s.csatPenaltyReopened() : 0);
      return Math.max(0, Math.min(1, p));
    }

    void rate() {
      String rating = rng.nextDouble() < goodRatingChance() ? "good" : "bad";
      record(EventType.RATED, null, null, rating, TicketEvent.NO_HANDLE);
    }

    void close() {
      status = TicketStatus.CLOSED;
      record(EventType.CLOSED, null, null, null, TicketEvent.NO_HANDLE);
    }

    void assignTo(Agent agent) {
      assignee = agent;
      if (line == Tier.LINE_1) {
        lastLineOneAgent = agent;
      }
      status = TicketStatus.OPEN;
      record(EventType.ASSIGNED, agent, null, null, TicketEvent.NO_HANDLE);
    }

    /** The assignee acts if on shift; otherwise the ticket goes to a colleague who is. */
    void ensureAssigneeCanAct() {
      if (!roster.mayAct(assignee, team, line, now)) {
        assignTo(roster.pick(team, line, now, rng, null));
      }
    }

    void publicReply() {
      ensureAssigneeCanAct();
      record(EventType.PUBLIC_REPLY, assignee, null, null,
          timings.handleSeconds().get(line).sample(rng));
    }

    /** The solving reply, then the solve by the same agent in the same second. */
    void solve() {
      publicReply();
      status = TicketStatus.SOLVED;
      record(EventType.SOLVED, assignee, null, null, TicketEvent.NO_HANDLE);
    }

    void waitForRequester() {
      status = TicketStatus.PENDING;
      record(EventType.STATUS_CHANGED, assignee, "open", "pending", TicketEvent.NO_HANDLE);
      after(timings.pendingWait());
      status = TicketStatus.OPEN;
      record(EventType.STATUS_CHANGED, null, "pending", "open", TicketEvent.NO_HANDLE);
    }

    /** The current agent moves the ticket to another line of the same team. */
    void changeLine(Tier to) {
      ensureAssigneeCanAct();
      String from = Integer.toString(line.number());
      line = to;
      if (to.number() > highestLine.number()) {
        highestLine = to;
      }
      record(EventType.TIER_CHANGED, assignee, from, Integer.toString(to.number()),
          TicketEvent.NO_HANDLE);
    }

    void after(Delay delay) {
      now += delay.sample(rng);
    }

    void at(long instant) {
      if (instant < now) {
        throw new IllegalStateException("time must not run backwards: " + instant + " < " + now);
      }
      now = instant;
    }

    void record(EventType type, Agent agent, String oldValue, String newValue, int handle) {
      events.add(new TicketEvent(now, type, agent == null ? null : agent.id(), team, line, status,
          oldValue, newValue, handle));
    }
  }
}
