package io.staffline.sample;

import io.staffline.ticket.Channel;
import io.staffline.ticket.EventType;
import io.staffline.ticket.Priority;
import io.staffline.ticket.TicketStatus;
import io.staffline.ticket.Tier;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was actually written, counted from the written rows only (events after the export time
 * are not counted): the ground truth's "realised" section.
 */
final class RealisedCounts {
  long tickets;
  long events;
  long agentEvents;
  long contractorEvents;
  long escalated12;
  long escalated23;
  long bouncedBack;
  long pendingTickets;
  long reopenedTickets;
  long solvedTickets;
  long closedTickets;
  long ratedTickets;
  long ratedGood;
  long ratedLineOneOnly;
  long ratedLineOneOnlyGood;
  final long[] ticketsPerWeek;
  final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
  final Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
  final Map<String, Long> byTeam = new LinkedHashMap<>();
  final Map<TicketStatus, Long> statusAtExport = new EnumMap<>(TicketStatus.class);
  final Map<EventType, Long> eventsByType = new EnumMap<>(EventType.class);
  final Map<Tier, long[]> handleCountAndSum = new EnumMap<>(Tier.class);
  private final long windowStart;

  RealisedCounts(GeneratorSettings s) {
    this.ticketsPerWeek = new long[s.weeks()];
    this.windowStart = s.windowStart().getEpochSecond();
    s.arrivals().teams().forEach(t -> byTeam.put(t.name(), 0L));
    for (Tier t : Tier.values()) {
      handleCountAndSum.put(t, new long[2]);
    }
  }

  /** Counts one ticket and its written events. */
  void add(Ticket ticket, List<TicketEvent> written, Map<String, Agent> roster) {
    tickets++;
    ticketsPerWeek[(int) ((ticket.createdAt() - windowStart) / ArrivalRates.WEEK)]++;
    byChannel.merge(ticket.channel(), 1L, Long::sum);
    byPriority.merge(ticket.priority(), 1L, Long::sum);
    byTeam.merge(ticket.team(), 1L, Long::sum);
    statusAtExport.merge(written.get(written.size() - 1).status(), 1L, Long::sum);
    boolean to2 = false;
    boolean to3 = false;
    boolean back = false;
    boolean pending = false;
    boolean reopened = false;
    boolean solved = false;
    String rating = null;
    for (TicketEvent e : written) {
      events++;
      eventsByType.merge(e.type(), 1L, Long::sum);
      if (e.agentId() != null) {
        agentEvents++;
        if (!roster.containsKey(e.agentId())) {
          contractorEvents++;
        }
      }
      if (e.hasHandle()) {
        long[] cs = handleCountAndSum.get(e.tier());
        cs[0]++;
        cs[1] += e.handleSeconds();
      }
      switch (e.type()) {
        case TIER_CHANGED -> {
          to2 |= e.oldValue().equals("1") && e.newValue().equals("2");
          to3 |= e.oldValue().equals("2") && e.newValue().equals("3");
          back |= e.oldValue().equals("2") && e.newValue().equals("1");
        }
        case STATUS_CHANGED -> pending |= "pending".equals(e.newValue());
        case REOPENED -> reopened = true;
        case SOLVED -> solved = true;
        case CLOSED -> closedTickets++;
        case RATED -> rating = e.newValue();
        default -> { }
      }
    }
    escalated12 += to2 ? 1 : 0;
    escalated23 += to3 ? 1 : 0;
    bouncedBack += back ? 1 : 0;
    pendingTickets += pending ? 1 : 0;
    reopenedTickets += reopened ? 1 : 0;
    solvedTickets += solved ? 1 : 0;
    if (rating != null) {
      ratedTickets++;
      boolean good = rating.equals("good");
      ratedGood += good ? 1 : 0;
      if (!to2 && !reopened) {
        ratedLineOneOnly++;
        ratedLineOneOnlyGood += good ? 1 : 0;
      }
    }
  }

  double meanHandleSeconds(Tier line) {
    long[] cs = handleCountAndSum.get(line);
    return cs[0] == 0 ? 0 : cs[1] / (double) cs[0];
  }

  double meanHandleSecondsAllLines() {
    long n = 0;
    long sum = 0;
    for (long[] cs : handleCountAndSum.values()) {
      n += cs[0];
      sum += cs[1];
    }
    return n == 0 ? 0 : sum / (double) n;
  }
}
