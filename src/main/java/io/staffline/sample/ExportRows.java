package io.staffline.sample;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of the export files, in the column order of {@link ExportFile}. The tickets row is
 * derived from the ticket's written events only, so it always agrees with them. Ticket times are
 * local with the zone's offset, event times UTC with {@code Z}, as many helpdesks export them.
 */
final class ExportRows {
  private final ExportTimes times;
  private final String zoneId;

  ExportRows(GeneratorSettings s) {
    this.times = new ExportTimes(s.zone());
    this.zoneId = s.zone().getId();
  }

  /**
   * first_reply_at = first public_reply; first/last_solved_at = first/last solved; closed_at =
   * closed; reopen_count = reopened events; csat = the rating; status = after the last event.
   */
  List<String> ticket(Ticket t, List<TicketEvent> written) {
    Long firstReply = null;
    Long firstSolved = null;
    Long lastSolved = null;
    Long closed = null;
    int reopens = 0;
    String csat = null;
    for (TicketEvent e : written) {
      switch (e.type()) {
        case PUBLIC_REPLY -> firstReply = firstReply == null ? e.at() : firstReply;
        case SOLVED -> {
          firstSolved = firstSolved == null ? e.at() : firstSolved;
          lastSolved = e.at();
        }
        case CLOSED -> closed = e.at();
        case REOPENED -> reopens++;
        case RATED -> csat = e.newValue();
        default -> { }
      }
    }
    FakeIdentities.Requester r = t.requester();
    return Arrays.asList(t.id(), times.local(t.createdAt()), t.channel().code(),
        t.priority().code(), t.category(), t.team(),
        written.get(written.size() - 1).status().code(),
        local(firstReply), local(firstSolved), local(lastSolved), local(closed),
        Integer.toString(reopens), csat,
        r.id(), r.name(), r.email(), r.orgId(), t.subject());
  }

  List<String> event(Ticket t, TicketEvent e) {
    return Arrays.asList(t.id(), ExportTimes.utc(e.at()), e.type().code(), e.agentId(), e.team(),
        Integer.toString(e.tier().number()), e.status().code(), e.oldValue(), e.newValue(),
        e.hasHandle() ? Integer.toString(e.handleSeconds()) : null);
  }

  /** The agent as at the export time: latest line and level. */
  List<String> agent(Agent a) {
    Agent.CareerStep now = a.latest();
    return Arrays.asList(a.id(), a.displayName(), a.email(), a.team(),
        Integer.toString(now.tier().number()), now.level().code(), date(a.hireDate()),
        date(a.leaveDate()), zoneId, Integer.toString(a.weeklyHours()));
  }

  List<String> agentLevel(Agent a, Agent.CareerStep step) {
    return Arrays.asList(a.id(), date(step.effectiveFrom()), step.level().code(),
        Integer.toString(step.tier().number()), a.team());
  }

  private String local(Long epochSecond) {
    return epochSecond == null ? null : times.local(epochSecond);
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
