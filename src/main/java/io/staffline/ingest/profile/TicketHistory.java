package io.staffline.ingest.profile;

import io.staffline.ingest.LakeSchema;
import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import io.staffline.ingest.ReasonCode;
import io.staffline.ticket.EventType;
import io.staffline.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Derives one ticket's canonical row and events from its source rows. For event logs and
 * snapshots, consecutive rows (in time, then update order, then file line) are compared: a new
 * group is a group change, a new line a tier change, a new agent an assignment, a new status a
 * status change — typed as solved, closed or reopened where it is one. For ticket rows, events
 * come from the lifecycle times. docs/sources.md states these rules with examples.
 */
final class TicketHistory {
  private static final Set<String> DONE = Set.of(TicketStatus.SOLVED.code(), TicketStatus.CLOSED.code());
  static final String CLAMPED = "event_time_clamped";
  /** Row widths of the parsed layouts (table columns + reason columns), worked out once. */
  private static final int TICKET_WIDTH = LakeSchema.withQuarantineColumns(Tickets.SCHEMA).size();
  private static final int EVENT_WIDTH = LakeSchema.withQuarantineColumns(TicketEvents.SCHEMA).size();

  /** The derivation's output: lake rows in parsed layout, and each source row's fate. */
  record Derived(Object[] ticket, List<Object[]> events, List<Consumed> consumed, List<SourceLine> rejected) {}

  /** A source row used by the derivation, with a flag when its time was moved. */
  record Consumed(String file, long line, String flag) {}

  private static final Comparator<SourceRecord> ORDER = Comparator
      .comparing(SourceRecord::eventAt, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SourceRecord::order, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SourceRecord::sourceFile)
      .thenComparingLong(SourceRecord::sourceLine);

  private TicketHistory() {}

  static Derived derive(SourceProfile profile, List<SourceRecord> unordered) {
    List<SourceRecord> rows = new ArrayList<>(unordered);
    if (profile.layout() == SourceProfile.Layout.TICKET_ROWS) {
      return fromTicketRow(profile, rows);
    }
    rows.sort(ORDER);
    return fromChanges(profile, rows);
  }

  private static Derived fromChanges(SourceProfile profile, List<SourceRecord> rows) {
    SourceRecord first = rows.get(0);
    Instant created = rows.stream().map(SourceRecord::createdAt).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(first.eventAt());
    List<Object[]> events = new ArrayList<>();
    List<Consumed> consumed = new ArrayList<>();
    String team = firstNonNull(rows, SourceRecord::team);
    boolean teamSeen = false;
    Integer tier = rows.stream().filter(r -> r.team() != null).map(SourceRecord::tier).filter(Objects::nonNull)
        .findFirst().orElse(first.tier());
    String agent = null;
    String status = TicketStatus.NEW.code();
    events.add(event(first, created, EventType.CREATED, null, team, tier, status, null, null));
    Instant firstSolved = null;
    Instant lastSolved = null;
    Instant closed = null;
    int reopens = 0;
    for (SourceRecord r : rows) {
      boolean clamped = r.eventAt().isBefore(created);
      Instant at = clamped ? created : r.eventAt();
      consumed.add(new Consumed(r.sourceFile(), r.sourceLine(), clamped ? CLAMPED : null));
      // Rows carry the whole state, so an empty group after a known one means the group was
      // cleared (back to the unassigned pool): that is a group change too. An empty group tells
      // nothing of the line, which stays as it was.
      Integer rowTier = r.team() == null ? null : r.tier();
      if (teamSeen && !Objects.equals(r.team(), team)) {
        events.add(event(r, at, EventType.GROUP_CHANGED, r.agentKey(), r.team(),
            rowTier != null ? rowTier : tier, status, team, r.team()));
      }
      teamSeen |= r.team() != null;
      team = teamSeen ? r.team() : team;
      if (rowTier != null && tier != null && !rowTier.equals(tier)) {
        events.add(event(r, at, EventType.TIER_CHANGED, r.agentKey(), team, rowTier, status,
            tier.toString(), rowTier.toString()));
      }
      if (rowTier != null) {
        tier = rowTier;
      }
      if (r.agentKey() != null && !r.agentKey().equals(agent)) {
        events.add(event(r, at, EventType.ASSIGNED, r.agentKey(), team, tier, status, agent, r.agentKey()));
        agent = r.agentKey();
      }
      if (r.status() != null && !r.status().equals(status)) {
        EventType type = typeOfChange(status, r.status());
        events.add(event(r, at, type, r.agentKey(), team, tier, r.status(), status, r.status()));
        if (type == EventType.REOPENED) {
          reopens++;
          lastSolved = null;
          closed = null;
        } else if (type == EventType.SOLVED || (type == EventType.CLOSED && !DONE.contains(status))) {
          firstSolved = firstSolved == null ? at : firstSolved;
          lastSolved = at;
        }
        if (type == EventType.CLOSED) {
          closed = at;
        }
        status = r.status();
      }
    }
    SourceRecord last = rows.get(rows.size() - 1);
    Object[] ticket = ticket(profile, rows, created, firstNonNull(rows, SourceRecord::team), status,
        firstNonNull(rows, SourceRecord::firstReplyAt), firstSolved, DONE.contains(status) ? lastSolved : null,
        TicketStatus.CLOSED.code().equals(status) ? closed : null, reopens, last);
    return new Derived(ticket, events, consumed, List.of());
  }

  private static EventType typeOfChange(String from, String to) {
    if (DONE.contains(from) && !DONE.contains(to)) {
      return EventType.REOPENED;
    }
    if (TicketStatus.SOLVED.code().equals(to)) {
      return EventType.SOLVED;
    }
    if (TicketStatus.CLOSED.code().equals(to)) {
      return EventType.CLOSED;
    }
    return EventType.STATUS_CHANGED;
  }

  private static Derived fromTicketRow(SourceProfile profile, List<SourceRecord> rows) {
    rows.sort(Comparator.comparing(SourceRecord::sourceFile).thenComparingLong(SourceRecord::sourceLine));
    SourceRecord r = rows.get(0);
    List<SourceLine> rejected = new ArrayList<>();
    for (SourceRecord dup : rows.subList(1, rows.size())) {
      rejected.add(new SourceLine(null, ReasonCode.DUPLICATE_TICKET.code(),
          "ticket '" + dup.ticketId() + "' already seen at " + r.sourceFile() + ":" + r.sourceLine(),
          null, dup.sourceFile(), dup.sourceLine()));
    }
    Instant created = r.createdAt();
    List<Object[]> events = new ArrayList<>();
    boolean clamped = false;
    String status = r.status() != null ? r.status()
        : r.closedAt() != null ? TicketStatus.CLOSED.code()
        : r.solvedAt() != null ? TicketStatus.SOLVED.code() : TicketStatus.OPEN.code();
    events.add(event(r, created, EventType.CREATED, null, r.team(), r.tier(), TicketStatus.NEW.code(), null, null));
    if (r.firstReplyAt() != null) {
      clamped |= r.firstReplyAt().isBefore(created);
      events.add(event(r, max(created, r.firstReplyAt()), EventType.PUBLIC_REPLY, r.agentKey(), r.team(), r.tier(),
          TicketStatus.OPEN.code(), null, null));
    }
    Instant solved = r.solvedAt() != null ? r.solvedAt() : r.closedAt();
    if (solved != null) {
      clamped |= solved.isBefore(created);
      solved = max(created, solved);
      events.add(event(r, solved, EventType.SOLVED, r.agentKey(), r.team(), r.tier(), TicketStatus.SOLVED.code(),
          null, null));
    }
    Instant closed = r.closedAt() == null ? null : max(solved, r.closedAt());
    if (closed != null) {
      events.add(event(r, closed, EventType.CLOSED, null, r.team(), r.tier(), TicketStatus.CLOSED.code(), null, null));
    }
    if (r.csat() != null) {
      events.add(event(r, closed != null ? closed : solved != null ? solved : created, EventType.RATED, null,
          r.team(), r.tier(), status, null, r.csat()));
    }
    Object[] ticket = ticket(profile, List.of(r), created, r.team(), status,
        r.firstReplyAt() == null ? null : max(created, r.firstReplyAt()), solved,
        DONE.contains(status) ? solved : null, closed, 0, r);
    return new Derived(ticket, events,
        List.of(new Consumed(r.sourceFile(), r.sourceLine(), clamped ? CLAMPED : null)), rejected);
  }

  private static Object[] ticket(SourceProfile profile, List<SourceRecord> rows, Instant created,
      String entryTeam, String status, Instant firstReply, Instant firstSolved, Instant lastSolved,
      Instant closed, int reopens, SourceRecord last) {
    Object[] t = new Object[TICKET_WIDTH];
    set(t, Tickets.TICKET_ID, last.ticketId());
    set(t, Tickets.SOURCE, profile.name());
    set(t, Tickets.CREATED_AT, created);
    set(t, Tickets.CHANNEL, orElse(lastNonNull(rows, SourceRecord::channel), profile.defaultOf("channel"), "other"));
    set(t, Tickets.PRIORITY, orElse(lastNonNull(rows, SourceRecord::priority), profile.defaultOf("priority"), "normal"));
    set(t, Tickets.CATEGORY, lastNonNull(rows, SourceRecord::category));
    set(t, Tickets.ENTRY_TEAM, entryTeam);
    set(t, Tickets.REQUESTER_KEY, lastNonNull(rows, SourceRecord::requesterKey));
    set(t, Tickets.ORG_KEY, lastNonNull(rows, SourceRecord::orgKey));
    set(t, Tickets.STATUS, status);
    set(t, Tickets.FIRST_REPLY_AT, firstReply);
    set(t, Tickets.FIRST_SOLVED_AT, firstSolved);
    set(t, Tickets.LAST_SOLVED_AT, lastSolved);
    set(t, Tickets.CLOSED_AT, closed);
    set(t, Tickets.REOPEN_COUNT, reopens);
    set(t, Tickets.CSAT, lastNonNull(rows, SourceRecord::csat));
    set(t, Tickets.SOURCE_ATTRIBUTES, last.attributes() == null ? null
        : scala.jdk.javaapi.CollectionConverters.asScala(last.attributes()));
    set(t, LakeSchema.SOURCE_FILE, rows.get(0).sourceFile());
    set(t, LakeSchema.SOURCE_LINE, rows.get(0).sourceLine());
    set(t, Tickets.CREATED_DATE, LocalDate.ofInstant(created, ZoneOffset.UTC));
    return t;
  }

  private static Object[] event(SourceRecord r, Instant at, EventType type, String agent, String team,
      Integer tier, String status, String oldValue, String newValue) {
    Object[] e = new Object[EVENT_WIDTH];
    seti(e, TicketEvents.TICKET_ID, r.ticketId());
    seti(e, TicketEvents.EVENT_AT, at);
    seti(e, TicketEvents.TYPE, type.code());
    seti(e, TicketEvents.AGENT_KEY, agent);
    seti(e, TicketEvents.TEAM, team);
    seti(e, TicketEvents.TIER, tier);
    seti(e, TicketEvents.STATUS, status);
    seti(e, TicketEvents.OLD_VALUE, oldValue);
    seti(e, TicketEvents.NEW_VALUE, newValue);
    seti(e, LakeSchema.SOURCE_FILE, r.sourceFile());
    seti(e, LakeSchema.SOURCE_LINE, r.sourceLine());
    seti(e, TicketEvents.EVENT_DATE, LocalDate.ofInstant(at, ZoneOffset.UTC));
    return e;
  }

  private static void set(Object[] row, String column, Object value) {
    row[Tickets.SCHEMA.fieldIndex(column)] = value;
  }

  private static void seti(Object[] row, String column, Object value) {
    row[TicketEvents.SCHEMA.fieldIndex(column)] = value;
  }

  private static Instant max(Instant a, Instant b) {
    return b.isBefore(a) ? a : b;
  }

  private static String orElse(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }

  private static <T> T firstNonNull(List<SourceRecord> rows, java.util.function.Function<SourceRecord, T> f) {
    return rows.stream().map(f).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static <T> T lastNonNull(List<SourceRecord> rows, java.util.function.Function<SourceRecord, T> f) {
    T out = null;
    for (SourceRecord r : rows) {
      T v = f.apply(r);
      if (v != null) {
        out = v;
      }
    }
    return out;
  }
}
