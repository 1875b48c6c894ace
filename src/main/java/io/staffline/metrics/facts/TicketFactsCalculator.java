package io.staffline.metrics.facts;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.metrics.facts.TicketTimeline.Segment;
import io.staffline.metrics.facts.TicketTimeline.Step;
import io.staffline.ticket.Csat;
import io.staffline.ticket.EventType;
import io.staffline.ticket.TicketStatus;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Computes one ticket's row of {@code ticket_facts} from its events, as of a moment: only events at
 * or before that moment count. Pure and serializable, for a Spark {@code groupByKey} per ticket.
 * Business minutes use the calendar of the ticket's entry team. Every definition, with worked
 * examples: docs/metrics-ticket-facts.md.
 */
public final class TicketFactsCalculator implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Requester wait: the requester waits on support. */
  static final Set<TicketStatus> REQUESTER_WAIT =
      EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.HOLD);
  /** Agent wait: support waits on the requester. */
  static final Set<TicketStatus> AGENT_WAIT = EnumSet.of(TicketStatus.PENDING);

  private final TeamCalendars calendars;
  private final SlaPolicies sla;
  private final FactsSettings settings;

  public TicketFactsCalculator(TeamCalendars calendars, SlaPolicies sla, FactsSettings settings) {
    this.calendars = Objects.requireNonNull(calendars, "calendars");
    this.sla = Objects.requireNonNull(sla, "sla");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The facts of {@code ticket} as of {@code asOf}.
   *
   * @param events the ticket's events in any order; they are put in {@code seq} order
   * @throws IllegalArgumentException naming the ticket, when {@code asOf} is before its creation,
   *     an event has an unknown type, status or line, or a time span is negative (an event before
   *     creation: ingest quarantines those)
   */
  public TicketFacts facts(TicketInput ticket, List<EventInput> events, Instant asOf) {
    Objects.requireNonNull(ticket.createdAt(), () -> "ticket " + ticket.ticketId()
        + " has no created_at");
    if (asOf.isBefore(ticket.createdAt())) {
      throw new IllegalArgumentException("ticket " + ticket.ticketId() + " was created at "
          + ticket.createdAt() + ", after the as-of moment " + asOf + "; leave it out");
    }
    try {
      return compute(ticket, TicketTimeline.of(ticket, events, asOf), asOf);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("ticket " + ticket.ticketId() + ": " + e.getMessage(), e);
    }
  }

  private TicketFacts compute(TicketInput ticket, TicketTimeline timeline, Instant asOf) {
    BusinessCalendar calendar = calendars.forTeam(timeline.entryTeam());
    Instant created = ticket.createdAt();
    List<Step> resolutions = timeline.resolutions();
    Step firstSolve = resolutions.isEmpty() ? null : resolutions.get(0);
    Step lastSolve = timeline.resolvedAtEnd() ? resolutions.get(resolutions.size() - 1) : null;
    // Waits and dwell run until the ticket is solved for good, or to the as-of moment while not.
    Instant end = lastSolve != null ? lastSolve.at() : asOf;

    Instant firstReplyAt = firstReply(ticket, timeline, asOf);
    Milestone firstReply = milestone("first reply", created, firstReplyAt, calendar);
    Milestone firstResolution = milestone("first resolution", created,
        firstSolve == null ? null : firstSolve.at(), calendar);
    Milestone fullResolution = milestone("full resolution", created,
        lastSolve == null ? null : lastSolve.at(), calendar);
    Handling handling = handling(timeline, lastSolve);

    return new TicketFacts(ticket.ticketId(), ticket.source(), created, ticket.channel(),
        ticket.priority(), timeline.entryTeam(), asOf,
        state(timeline, created, asOf),
        firstReply, firstResolution, fullResolution,
        timeIn(timeline, REQUESTER_WAIT, end, calendar),
        timeIn(timeline, AGENT_WAIT, end, calendar),
        supportLines(timeline, end),
        handling,
        oneTouch(timeline, handling),
        firstLineResolution(timeline, firstSolve, asOf),
        rating(ticket, timeline),
        slaFirstReply(ticket, firstReplyAt, firstSolve, asOf, calendar),
        slaResolution(ticket, firstResolution, fullResolution, asOf, calendar));
  }

  /**
   * The first public reply by an agent (an event with an agent); without one, the ticket's own
   * {@code first_reply_at} if it is known by {@code asOf}.
   */
  private static Instant firstReply(TicketInput ticket, TicketTimeline timeline, Instant asOf) {
    return timeline.steps().stream().filter(TicketFactsCalculator::isAgentReply)
        .map(Step::at).findFirst()
        .orElse(ticket.firstReplyAt() != null && !ticket.firstReplyAt().isAfter(asOf)
            ? ticket.firstReplyAt() : null);
  }

  private static boolean isAgentReply(Step step) {
    return step.is(EventType.PUBLIC_REPLY) && step.event().agentKey() != null;
  }

  private static Milestone milestone(String name, Instant created, Instant at,
      BusinessCalendar calendar) {
    if (at == null) {
      return Milestone.NOT_REACHED;
    }
    if (at.isBefore(created)) {
      throw new IllegalArgumentException(name + " at " + at + " is before the ticket's creation at "
          + created);
    }
    return new Milestone(at, Minutes.of(Duration.between(created, at)),
        Minutes.of(calendar.businessTime(created, at)));
  }

  private static TicketState state(TicketTimeline timeline, Instant created, Instant asOf) {
    boolean open = !timeline.resolvedAtEnd();
    return new TicketState(timeline.finalStatus().code(), timeline.finalTeam(),
        timeline.finalTier(), open, open ? Minutes.of(Duration.between(created, asOf)) : null);
  }

  /** Time from creation to {@code end} in the given statuses. */
  private static TimeSpent timeIn(TicketTimeline timeline, Set<TicketStatus> statuses,
      Instant end, BusinessCalendar calendar) {
    Duration calendarTime = Duration.ZERO;
    Duration businessTime = Duration.ZERO;
    for (Segment<TicketStatus> s : timeline.segments(TicketStatus.NEW, Step::after, end)) {
      if (statuses.contains(s.value())) {
        calendarTime = calendarTime.plus(Duration.between(s.from(), s.to()));
        businessTime = businessTime.plus(calendar.businessTime(s.from(), s.to()));
      }
    }
    return new TimeSpent(Minutes.of(calendarTime), Minutes.of(businessTime));
  }

  private static SupportLines supportLines(TicketTimeline timeline, Instant end) {
    List<Integer> tiers = new ArrayList<>();
    tiers.add(timeline.entryTier());
    timeline.steps().forEach(step -> tiers.add(step.tier()));
    Map<Integer, Duration> dwell = new HashMap<>();
    for (Segment<Integer> s : timeline.segments(timeline.entryTier(), Step::tier, end)) {
      dwell.merge(s.value(), Duration.between(s.from(), s.to()), Duration::plus);
    }
    return SupportLines.of(tiers, dwell);
  }

  private static Handling handling(TicketTimeline timeline, Step lastSolve) {
    List<Step> steps = timeline.steps();
    Set<String> assignees = new LinkedHashSet<>();
    steps.stream().filter(s -> s.is(EventType.ASSIGNED)).map(TicketFactsCalculator::assignee)
        .filter(Objects::nonNull).forEach(assignees::add);
    Long handleSeconds = steps.stream().map(s -> s.event().handleSeconds())
        .filter(Objects::nonNull).map(Integer::longValue).reduce(Long::sum).orElse(null);
    return new Handling(
        groups(timeline, s -> true).size(),
        assignees.size(),
        count(steps, s -> s.is(EventType.REOPENED)),
        count(steps, TicketFactsCalculator::isAgentReply),
        handleSeconds,
        assignees.stream().findFirst().orElse(null),
        lastSolve == null ? null : lastSolve.event().agentKey());
  }

  /**
   * The agent an {@code assigned} event assigns: its agent key (pseudonymised by ingest), else its
   * new value; null for an unassignment.
   */
  private static String assignee(Step step) {
    return step.event().agentKey() != null ? step.event().agentKey() : step.event().newValue();
  }

  /** The distinct teams of the steps that pass {@code which}; the entry team when none names one. */
  private static Set<String> groups(TicketTimeline timeline, Predicate<Step> which) {
    Set<String> groups = new LinkedHashSet<>();
    timeline.steps().stream().filter(which).map(s -> s.event().team()).filter(Objects::nonNull)
        .forEach(groups::add);
    if (groups.isEmpty() && timeline.entryTeam() != null) {
      groups.add(timeline.entryTeam());
    }
    return groups;
  }

  private static int count(List<Step> steps, Predicate<Step> which) {
    return (int) steps.stream().filter(which).count();
  }

  /** Solved with few public replies; undecided (null) while the ticket is not solved. */
  private Boolean oneTouch(TicketTimeline timeline, Handling handling) {
    if (!timeline.resolvedAtEnd()) {
      return null;
    }
    return handling.publicReplies() <= settings.oneTouchMaxPublicReplies();
  }

  /**
   * Solved at line 1 without leaving it, in one group, and not reopened within N days of the first
   * solve. Decided from the events up to first solve + N days, so null until then and for tickets
   * never solved.
   */
  private Boolean firstLineResolution(TicketTimeline timeline, Step firstSolve, Instant asOf) {
    if (firstSolve == null) {
      return null;
    }
    Instant decidedAt = firstSolve.at().plus(Duration.ofDays(settings.fcrReopenWindowDays()));
    if (asOf.isBefore(decidedAt)) {
      return null;
    }
    Predicate<Step> inWindow = s -> !s.at().isAfter(decidedAt);
    List<Step> steps = timeline.steps();
    boolean stayedAtLine1 = timeline.entryTier() == 1
        && steps.stream().filter(inWindow).allMatch(s -> s.tier() == 1);
    boolean oneGroup = groups(timeline, inWindow).size() <= 1;
    boolean reopenedInWindow = steps.subList(steps.indexOf(firstSolve), steps.size()).stream()
        .filter(inWindow).anyMatch(s -> s.is(EventType.REOPENED));
    return stayedAtLine1 && oneGroup && !reopenedInWindow;
  }

  /** The latest {@code rated} event with a valid rating, else the ticket's own csat. */
  private static Rating rating(TicketInput ticket, TicketTimeline timeline) {
    List<Step> steps = timeline.steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step step = steps.get(i);
      if (step.is(EventType.RATED)) {
        var csat = Csat.parse(step.event().newValue());
        if (csat.isPresent()) {
          return new Rating(csat.get().code(), csat.get().good(), step.at());
        }
      }
    }
    return Csat.parse(ticket.csat()).map(c -> new Rating(c.code(), c.good(), null))
        .orElse(Rating.UNRATED);
  }

  /**
   * The first-reply target ends at the first reply or at the first resolution, whichever comes
   * first: a solve answers the requester too.
   */
  private SlaResult slaFirstReply(TicketInput ticket, Instant firstReplyAt, Step firstSolve,
      Instant asOf, BusinessCalendar calendar) {
    Instant done = earlier(firstReplyAt, firstSolve == null ? null : firstSolve.at());
    return sla.policy(ticket.priority(), SlaMetric.FIRST_REPLY)
        .map(p -> p.evaluate(ticket.createdAt(), done, asOf, calendar))
        .orElse(SlaResult.NO_POLICY);
  }

  /** The earlier of two moments, either of which may be missing (null). */
  private static Instant earlier(Instant a, Instant b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return b.isBefore(a) ? b : a;
  }

  private SlaResult slaResolution(TicketInput ticket, Milestone firstResolution,
      Milestone fullResolution, Instant asOf, BusinessCalendar calendar) {
    return sla.policy(ticket.priority(), SlaMetric.RESOLUTION)
        .map(p -> p.evaluate(ticket.createdAt(), switch (p.cycle()) {
          case FIRST_SOLVE -> firstResolution.at();
          case LAST_SOLVE -> fullResolution.at();
        }, asOf, calendar))
        .orElse(SlaResult.NO_POLICY);
  }
}
