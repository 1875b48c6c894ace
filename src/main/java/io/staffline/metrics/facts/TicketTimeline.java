package io.staffline.metrics.facts;

import io.staffline.ticket.EventType;
import io.staffline.ticket.TicketStatus;
import io.staffline.ticket.Tier;
import io.staffline.ticket.Vocabulary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One ticket's events up to the as-of moment, in {@code seq} order, each with the ticket's status,
 * line and team after it. Lifecycle events decide the status ({@code solved} → solved, {@code
 * closed} → closed, {@code reopened} → its status if that is not solved or closed, else open); other
 * events take their status column, and an empty column leaves the status as it was. Before the
 * first event the status is new; a missing line or team on an event means unchanged.
 */
final class TicketTimeline {

  private static final Set<TicketStatus> DONE = Set.of(TicketStatus.SOLVED, TicketStatus.CLOSED);

  /** An event and the ticket's state just before and after it. */
  record Step(EventInput event, EventType type, TicketStatus before, TicketStatus after, int tier,
      String team) {

    Instant at() {
      return event.at();
    }

    /** Moves the ticket from not done to solved or closed: a resolution. */
    boolean resolves() {
      return !isDone(before) && isDone(after);
    }

    boolean is(EventType wanted) {
      return type == wanted;
    }
  }

  /** A stretch of time in which some state of the ticket held one value. */
  record Segment<K>(K value, Instant from, Instant to) {}

  private final TicketInput ticket;
  private final List<Step> steps;
  private final int entryTier;

  private TicketTimeline(TicketInput ticket, List<Step> steps, int entryTier) {
    this.ticket = ticket;
    this.steps = steps;
    this.entryTier = entryTier;
  }

  /** The timeline of {@code events} (any order) that happened at or before {@code asOf}. */
  static TicketTimeline of(TicketInput ticket, List<EventInput> events, Instant asOf) {
    List<EventInput> known = new ArrayList<>(events.size());
    for (EventInput event : events) {
      if (event.at() == null) {
        throw new IllegalArgumentException("event seq " + event.seq() + " has no time");
      }
      if (!event.at().isAfter(asOf)) {
        known.add(event);
      }
    }
    known.sort(Comparator.comparingInt(EventInput::seq));
    int entryTier = known.stream().map(EventInput::tier).filter(Objects::nonNull).findFirst()
        .map(TicketTimeline::line).orElse(Tier.LINE_1.number());
    List<Step> steps = new ArrayList<>(known.size());
    TicketStatus status = TicketStatus.NEW;
    int tier = entryTier;
    String team = null;
    for (EventInput event : known) {
      EventType type = Vocabulary.parse(EventType.class, event.type()).orElseThrow(() ->
          new IllegalArgumentException("event seq " + event.seq() + ": unknown type '"
              + event.type() + "' (known: " + Vocabulary.codes(EventType.class) + ")"));
      TicketStatus after = statusAfter(type, event, status);
      tier = event.tier() == null ? tier : line(event.tier());
      team = event.team() == null ? team : event.team();
      steps.add(new Step(event, type, status, after, tier, team));
      status = after;
    }
    return new TicketTimeline(ticket, List.copyOf(steps), entryTier);
  }

  private static TicketStatus statusAfter(EventType type, EventInput event, TicketStatus before) {
    TicketStatus column = event.status() == null ? null
        : Vocabulary.parse(TicketStatus.class, event.status()).orElseThrow(() ->
            new IllegalArgumentException("event seq " + event.seq() + ": unknown status '"
                + event.status() + "' (known: " + Vocabulary.codes(TicketStatus.class) + ")"));
    return switch (type) {
      case SOLVED -> TicketStatus.SOLVED;
      case CLOSED -> TicketStatus.CLOSED;
      case REOPENED -> column != null && !isDone(column) ? column : TicketStatus.OPEN;
      default -> column != null ? column : before;
    };
  }

  private static int line(int tier) {
    return Tier.of(tier).number();
  }

  static boolean isDone(TicketStatus status) {
    return DONE.contains(status);
  }

  List<Step> steps() {
    return steps;
  }

  /** The line at creation: the first line any event names (normally the created event's), else 1. */
  int entryTier() {
    return entryTier;
  }

  /** The ticket's entry team, else the first team an event names; null when none is known. */
  String entryTeam() {
    return ticket.entryTeam() != null ? ticket.entryTeam()
        : steps.stream().map(Step::team).filter(Objects::nonNull).findFirst().orElse(null);
  }

  TicketStatus finalStatus() {
    return steps.isEmpty() ? TicketStatus.NEW : steps.get(steps.size() - 1).after();
  }

  int finalTier() {
    return steps.isEmpty() ? entryTier : steps.get(steps.size() - 1).tier();
  }

  String finalTeam() {
    String team = steps.isEmpty() ? null : steps.get(steps.size() - 1).team();
    return team != null ? team : ticket.entryTeam();
  }

  boolean resolvedAtEnd() {
    return isDone(finalStatus());
  }

  /** The resolutions in order: each move from not done to solved or closed. */
  List<Step> resolutions() {
    return steps.stream().filter(Step::resolves).toList();
  }

  /**
   * The stretches of time from creation to {@code end} in which {@code state} held each value:
   * {@code initial} until the first event, then the value after each event.
   */
  <K> List<Segment<K>> segments(K initial, Function<Step, K> state, Instant end) {
    List<Segment<K>> segments = new ArrayList<>();
    Instant from = ticket.createdAt();
    K value = initial;
    for (Step step : steps) {
      if (!step.at().isBefore(end)) {
        break;
      }
      if (step.at().isAfter(from)) {
        segments.add(new Segment<>(value, from, step.at()));
        from = step.at();
      }
      value = state.apply(step);
    }
    if (end.isAfter(from)) {
      segments.add(new Segment<>(value, from, end));
    }
    return segments;
  }
}
