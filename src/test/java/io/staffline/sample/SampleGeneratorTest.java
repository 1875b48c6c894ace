package io.staffline.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads what the generator wrote back with an independent CSV reader and checks the documented
 * properties: layouts, determinism, the export-time cut, consistency of tickets and events,
 * the escalation share, handle times and the roster rules.
 */
class SampleGeneratorTest {
  private static final GeneratorSettings SMALL =
      GeneratorSettings.defaults().withWeeks(4).withTicketsPerWeek(1_000);
  private static final Instant EXPORT_TIME = Instant.parse("2026-09-21T00:00:00Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String[] FILES = {"tickets.csv.gz", "ticket_events.csv.gz", "agents.csv",
      "agent_levels.csv", "ground_truth.json"};
  private static final double STANDARD_ERRORS = 4;

  @TempDir
  static Path tmp;

  private static Path dir;
  private static GeneratorSummary summary;
  private static List<Map<String, String>> tickets;
  private static List<Map<String, String>> events;
  private static List<Map<String, String>> agents;
  private static List<Map<String, String>> levels;
  private static JsonNode truth;
  private static Map<String, List<Map<String, String>>> eventsByTicket;

  @BeforeAll
  static void generate() throws IOException {
    dir = tmp.resolve("run-1");
    summary = new SampleGenerator(SMALL).writeTo(dir);
    tickets = SampleFiles.rows(dir.resolve("tickets.csv.gz"));
    events = SampleFiles.rows(dir.resolve("ticket_events.csv.gz"));
    agents = SampleFiles.rows(dir.resolve("agents.csv"));
    levels = SampleFiles.rows(dir.resolve("agent_levels.csv"));
    truth = new ObjectMapper().readTree(dir.resolve("ground_truth.json").toFile());
    eventsByTicket = new LinkedHashMap<>();
    for (Map<String, String> e : events) {
      eventsByTicket.computeIfAbsent(e.get("ticket_id"), k -> new ArrayList<>()).add(e);
    }
  }

  private static Instant time(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  @Test
  void everyFileHasTheDocumentedHeader() throws IOException {
    assertEquals("ticket_id,created_at,channel,priority,category,entry_team,status,"
            + "first_reply_at,first_solved_at,last_solved_at,closed_at,reopen_count,csat,"
            + "requester_id,requester_name,requester_email,org_id,subject",
        SampleFiles.lines(dir.resolve("tickets.csv.gz")).get(0));
    assertEquals("ticket_id,event_at,type,agent_id,team,tier,status,old_value,new_value,"
            + "handle_seconds",
        SampleFiles.lines(dir.resolve("ticket_events.csv.gz")).get(0));
    assertEquals("agent_id,display_name,email,team,tier,level,hire_date,leave_date,timezone,"
            + "weekly_hours",
        SampleFiles.lines(dir.resolve("agents.csv")).get(0));
    assertEquals("agent_id,effective_from,level,tier,team",
        SampleFiles.lines(dir.resolve("agent_levels.csv")).get(0));
  }

  @Test
  void sameSettingsWriteByteIdenticalFiles() throws IOException {
    Path again = tmp.resolve("run-2");
    new SampleGenerator(SMALL).writeTo(again);
    for (String f : FILES) {
      assertArrayEquals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(again.resolve(f)),
          f);
    }
  }

  @Test
  void anotherSeedWritesOtherData() throws IOException {
    Path other = tmp.resolve("seed-43");
    new SampleGenerator(SMALL.withSeed(43)).writeTo(other);
    for (String f : FILES) {
      assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve(f)),
          Files.readAllBytes(other.resolve(f))), f);
    }
  }

  @Test
  void summaryAndGroundTruthCountWhatTheFilesHold() {
    assertEquals(EXPORT_TIME, summary.exportTime());
    assertEquals(tickets.size(), summary.tickets());
    assertEquals(events.size(), summary.events());
    assertEquals(agents.size(), summary.agents());
    assertEquals(levels.size(), summary.agentLevels());
    JsonNode realised = truth.get("realised");
    assertEquals(tickets.size(), realised.get("tickets").asLong());
    assertEquals(events.size(), realised.get("events").asLong());
    assertEquals(agents.size(), realised.get("agents").asInt());
    assertEquals(levels.size(), realised.get("agent_levels").asInt());
    Map<String, Long> byType = new TreeMap<>();
    events.forEach(e -> byType.merge(e.get("type"), 1L, Long::sum));
    Map<String, Long> written = new TreeMap<>();
    realised.get("events_by_type").properties()
        .forEach(p -> written.put(p.getKey(), p.getValue().asLong()));
    assertEquals(byType, written);
    assertEquals("2026-09-21T00:00:00Z", truth.get("export_time").asText());
  }

  @Test
  void ticketVolumeIsWithinPoissonToleranceOfTheExpectedCount() {
    double expected = truth.get("arrivals").get("expected_tickets").asDouble();
    assertEquals(expected, tickets.size(), STANDARD_ERRORS * Math.sqrt(expected));
  }

  @Test
  void nothingIsLaterThanTheExportTime() {
    for (Map<String, String> t : tickets) {
      for (String column : List.of("created_at", "first_reply_at", "first_solved_at",
          "last_solved_at", "closed_at")) {
        String v = t.get(column);
        assertTrue(v.isEmpty() || time(v).isBefore(EXPORT_TIME), column + " " + v);
      }
    }
    for (Map<String, String> e : events) {
      assertTrue(time(e.get("event_at")).isBefore(EXPORT_TIME), e.toString());
    }
    LocalDate exportDay = LocalDate.of(2026, 9, 28);
    for (Map<String, String> a : agents) {
      assertTrue(LocalDate.parse(a.get("hire_date")).isBefore(exportDay), a.toString());
      assertTrue(a.get("leave_date").isEmpty()
          || LocalDate.parse(a.get("leave_date")).isBefore(exportDay), a.toString());
    }
    for (Map<String, String> l : levels) {
      assertTrue(LocalDate.parse(l.get("effective_from")).isBefore(exportDay), l.toString());
    }
  }

  @Test
  void eventsComeGroupedByTicketInCreationOrderAndTimeOrder() {
    List<String> ticketOrder = tickets.stream().map(t -> t.get("ticket_id")).toList();
    assertEquals(ticketOrder, new ArrayList<>(eventsByTicket.keySet()));
    List<String> eventOrder = new ArrayList<>();
    for (Map<String, String> e : events) {
      String id = e.get("ticket_id");
      if (eventOrder.isEmpty() || !eventOrder.get(eventOrder.size() - 1).equals(id)) {
        eventOrder.add(id);
      }
    }
    assertEquals(ticketOrder, eventOrder, "each ticket's events are one contiguous block");
    Instant previousCreated = Instant.MIN;
    for (Map<String, String> t : tickets) {
      Instant created = time(t.get("created_at"));
      assertFalse(created.isBefore(previousCreated), t.get("ticket_id"));
      previousCreated = created;
      List<Map<String, String>> es = eventsByTicket.get(t.get("ticket_id"));
      assertEquals("created", es.get(0).get("type"));
      assertEquals(created, time(es.get(0).get("event_at")));
      for (int i = 1; i < es.size(); i++) {
        assertFalse(time(es.get(i).get("event_at")).isBefore(time(es.get(i - 1).get("event_at"))),
            t.get("ticket_id") + " event " + (i + 1));
      }
    }
  }

  @Test
  void ticketRowAgreesWithItsEvents() {
    for (Map<String, String> t : tickets) {
      List<Map<String, String>> es = eventsByTicket.get(t.get("ticket_id"));
      String id = t.get("ticket_id");
      assertEquals(firstTime(es, "public_reply"), timeOrNull(t.get("first_reply_at")), id);
      assertEquals(firstTime(es, "solved"), timeOrNull(t.get("first_solved_at")), id);
      assertEquals(lastTime(es, "solved"), timeOrNull(t.get("last_solved_at")), id);
      assertEquals(firstTime(es, "closed"), timeOrNull(t.get("closed_at")), id);
      assertEquals(es.stream().filter(e -> e.get("type").equals("reopened")).count(),
          Long.parseLong(t.get("reopen_count")), id);
      assertEquals(es.stream().filter(e -> e.get("type").equals("rated"))
          .map(e -> e.get("new_value")).findFirst().orElse(""), t.get("csat"), id);
      assertEquals(es.get(es.size() - 1).get("status"), t.get("status"), id);
    }
  }

  @Test
  void openTicketsHaveNoCloseAndClosedOnesCloseFourDaysAfterTheLastSolve() {
    for (Map<String, String> t : tickets) {
      String id = t.get("ticket_id");
      switch (t.get("status")) {
        case "new", "open", "pending" -> {
          assertEquals("", t.get("closed_at"), id);
          if (t.get("reopen_count").equals("0")) {
            assertEquals("", t.get("first_solved_at"), id);
          }
        }
        case "solved" -> {
          assertEquals("", t.get("closed_at"), id);
          assertFalse(t.get("last_solved_at").isEmpty(), id);
        }
        case "closed" -> assertEquals(time(t.get("last_solved_at")).plus(Duration.ofDays(4)),
            time(t.get("closed_at")), id);
        default -> throw new AssertionError(id + " has status " + t.get("status"));
      }
    }
  }

  @Test
  void everyEventNamesTeamLineAndStatusAndTheTeamIsKept() {
    Map<String, String> entryTeam = new LinkedHashMap<>();
    tickets.forEach(t -> entryTeam.put(t.get("ticket_id"), t.get("entry_team")));
    for (Map<String, String> e : events) {
      assertEquals(entryTeam.get(e.get("ticket_id")), e.get("team"), e.toString());
      assertTrue(List.of("1", "2", "3").contains(e.get("tier")), e.toString());
      assertTrue(List.of("new", "open", "pending", "solved", "closed").contains(e.get("status")),
          e.toString());
    }
    for (List<Map<String, String>> es : eventsByTicket.values()) {
      assertEquals("1", es.get(0).get("tier"));
      for (int i = 1; i < es.size(); i++) {
        Map<String, String> e = es.get(i);
        String before = es.get(i - 1).get("tier");
        if (e.get("type").equals("tier_changed")) {
          assertEquals(before, e.get("old_value"), e.toString());
          assertEquals(e.get("new_value"), e.get("tier"), e.toString());
        } else {
          assertEquals(before, e.get("tier"), e.toString());
        }
      }
    }
  }

  @Test
  void shareEscalatedFromLineOneIsWithinBinomialToleranceOfEscalation12() {
    long decidedBy = EXPORT_TIME.getEpochSecond()
        - truth.get("delays").get("line1_outcome_max_seconds").asLong();
    long decided = 0;
    long escalated = 0;
    for (Map<String, String> t : tickets) {
      if (time(t.get("created_at")).getEpochSecond() <= decidedBy) {
        decided++;
        escalated += eventsByTicket.get(t.get("ticket_id")).stream().anyMatch(e ->
            e.get("type").equals("tier_changed") && e.get("old_value").equals("1")
                && e.get("new_value").equals("2")) ? 1 : 0;
      }
    }
    double p = SMALL.escalation12();
    double standardError = Math.sqrt(p * (1 - p) / decided);
    assertTrue(decided > 1_500, "enough decided tickets: " + decided);
    assertEquals(p, escalated / (double) decided, STANDARD_ERRORS * standardError);
  }

  @Test
  void onlyPublicRepliesCarryHandleTimeWithTheDocumentedMeanPerLine() {
    Map<String, List<Integer>> byLine = new TreeMap<>();
    for (Map<String, String> e : events) {
      boolean reply = e.get("type").equals("public_reply");
      assertEquals(reply, !e.get("handle_seconds").isEmpty(), e.toString());
      if (reply) {
        byLine.computeIfAbsent(e.get("tier"), k -> new ArrayList<>())
            .add(Integer.parseInt(e.get("handle_seconds")));
      }
    }
    JsonNode handle = truth.get("handle_seconds");
    for (Map.Entry<String, List<Integer>> line : byLine.entrySet()) {
      JsonNode expected = handle.get("line_" + line.getKey());
      double mean = line.getValue().stream().mapToInt(Integer::intValue).average().orElseThrow();
      double standardError = expected.get("sd").asDouble() / Math.sqrt(line.getValue().size());
      assertEquals(expected.get("mean").asDouble(), mean, STANDARD_ERRORS * standardError,
          "line " + line.getKey() + " over " + line.getValue().size() + " replies");
    }
    assertEquals(List.of("1", "2", "3"), List.copyOf(byLine.keySet()));
  }

  @Test
  void agentsActOnlyWhileEmployedOnTheirTeamAndLine() {
    Map<String, Map<String, String>> roster = new LinkedHashMap<>();
    agents.forEach(a -> roster.put(a.get("agent_id"), a));
    Map<String, TreeMap<LocalDate, String>> lineFrom = new LinkedHashMap<>();
    for (Map<String, String> l : levels) {
      lineFrom.computeIfAbsent(l.get("agent_id"), k -> new TreeMap<>())
          .put(LocalDate.parse(l.get("effective_from")), l.get("tier"));
    }
    long checked = 0;
    for (Map<String, String> e : events) {
      Map<String, String> a = roster.get(e.get("agent_id"));
      if (a == null) {
        continue;
      }
      LocalDate day = time(e.get("event_at")).atZone(BERLIN).toLocalDate();
      assertFalse(day.isBefore(LocalDate.parse(a.get("hire_date"))), e + " before hire " + a);
      String leave = a.get("leave_date");
      assertTrue(leave.isEmpty() || day.isBefore(LocalDate.parse(leave)), e + " after leave " + a);
      assertEquals(a.get("team"), e.get("team"), e.toString());
      String actingLine = e.get("type").equals("tier_changed") ? e.get("old_value") : e.get("tier");
      assertEquals(lineFrom.get(a.get("agent_id")).floorEntry(day).getValue(), actingLine,
          e + " by " + a);
      checked++;
    }
    assertTrue(checked > events.size() / 2, "most events are by roster agents: " + checked);
  }

  @Test
  void aFewEventsAreByContractorsOutsideTheRoster() {
    List<String> ids = agents.stream().map(a -> a.get("agent_id")).toList();
    List<String> contractors = new ArrayList<>();
    truth.get("roster").get("contractors").forEach(c -> contractors.add(c.asText()));
    long byContractors = 0;
    for (Map<String, String> e : events) {
      String agent = e.get("agent_id");
      if (!agent.isEmpty() && !ids.contains(agent)) {
        assertTrue(contractors.contains(agent), agent + ": not in the roster, not a contractor");
        byContractors++;
      }
    }
    assertEquals(truth.get("realised").get("contractor_events").asLong(), byContractors);
    double share = byContractors / (double) events.size();
    assertTrue(share > 0.002 && share < 0.01, "contractor share of events " + share);
  }

  @Test
  void rosterHasHiresLeaversAndPromotionsInTheWindow() {
    LocalDate start = SMALL.start();
    long hiredInWindow = agents.stream()
        .filter(a -> !LocalDate.parse(a.get("hire_date")).isBefore(start)).count();
    long leavers = agents.stream().filter(a -> !a.get("leave_date").isEmpty()).count();
    long promotedInWindow = levels.stream()
        .filter(l -> !LocalDate.parse(l.get("effective_from")).isBefore(start))
        .count() - hiredInWindow;
    assertEquals(SMALL.roster().newHires(), hiredInWindow);
    assertEquals(SMALL.roster().leavers(), leavers);
    assertEquals(SMALL.roster().levelPromotions() + SMALL.roster().linePromotions(),
        promotedInWindow);
    for (Map<String, String> a : agents) {
      List<Map<String, String>> history = levels.stream()
          .filter(l -> l.get("agent_id").equals(a.get("agent_id"))).toList();
      assertEquals(a.get("hire_date"), history.get(0).get("effective_from"), a.toString());
      Map<String, String> last = history.get(history.size() - 1);
      assertEquals(a.get("tier"), last.get("tier"), a.toString());
      assertEquals(a.get("level"), last.get("level"), a.toString());
    }
  }

  @Test
  void goodRatingShareOnLineOneIsWithinBinomialToleranceOfCsatGood() {
    long rated = 0;
    long good = 0;
    for (List<Map<String, String>> es : eventsByTicket.values()) {
      boolean lineOneOnly = es.stream().noneMatch(e -> e.get("type").equals("tier_changed")
          || e.get("type").equals("reopened"));
      for (Map<String, String> e : es) {
        if (lineOneOnly && e.get("type").equals("rated")) {
          rated++;
          good += e.get("new_value").equals("good") ? 1 : 0;
        }
      }
    }
    assertEquals(truth.get("realised").get("ratings_line_1_only").asLong(), rated);
    double p = SMALL.csatGood();
    assertEquals(p, good / (double) rated, STANDARD_ERRORS * Math.sqrt(p * (1 - p) / rated));
  }

  @Test
  void createdAtCarriesTheLocalOffsetAcrossTheDaylightSavingChange() throws IOException {
    Path week = tmp.resolve("dst-week");
    new SampleGenerator(SMALL.withStart(LocalDate.of(2026, 10, 19)).withWeeks(1)
        .withTicketsPerWeek(700)).writeTo(week);
    Instant change = Instant.parse("2026-10-25T01:00:00Z");
    long summer = 0;
    long winter = 0;
    for (Map<String, String> t : SampleFiles.rows(week.resolve("tickets.csv.gz"))) {
      String created = t.get("created_at");
      boolean beforeChange = time(created).isBefore(change);
      assertTrue(created.endsWith(beforeChange ? "+02:00" : "+01:00"), created);
      summer += beforeChange ? 1 : 0;
      winter += beforeChange ? 0 : 1;
    }
    assertTrue(summer > 500 && winter > 15, summer + " before, " + winter + " after the change");
  }

  private static Instant timeOrNull(String v) {
    return v.isEmpty() ? null : time(v);
  }

  private static Instant firstTime(List<Map<String, String>> es, String type) {
    return es.stream().filter(e -> e.get("type").equals(type)).map(e -> time(e.get("event_at")))
        .findFirst().orElse(null);
  }

  private static Instant lastTime(List<Map<String, String>> es, String type) {
    Instant last = null;
    for (Map<String, String> e : es) {
      if (e.get("type").equals(type)) {
        last = time(e.get("event_at"));
      }
    }
    return last;
  }
}
