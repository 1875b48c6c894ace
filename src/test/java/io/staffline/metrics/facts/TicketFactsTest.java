package io.staffline.metrics.facts;

import static io.staffline.metrics.facts.History.berlin;
import static io.staffline.metrics.facts.History.ticket;
import static io.staffline.ticket.Priority.HIGH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The row as a whole: columns, types, the as-of cut, and the calculator's contract. */
class TicketFactsTest {

  static final Instant TUE_0900 = ResponseAndResolutionTimesTest.TUE_0900;
  static final Instant TUE_1115 = ResponseAndResolutionTimesTest.TUE_1115;
  static final Instant LATER = ResponseAndResolutionTimesTest.LATER;

  @Test
  void aRowHasOneValueOfTheDeclaredTypePerColumn() {
    Object[] values = ResponseAndResolutionTimesTest.plainTuesday().factsAsOf(LATER).values();
    assertEquals(TicketFacts.COLUMNS, new ArrayList<>(TicketFacts.TYPES.keySet()));
    assertEquals(TicketFacts.COLUMNS.size(), values.length);
    Set<Class<?>> allowed = Set.of(String.class, Integer.class, Long.class, Double.class,
        Boolean.class, Instant.class, LocalDate.class);
    for (int i = 0; i < values.length; i++) {
      Class<?> type = TicketFacts.TYPES.get(TicketFacts.COLUMNS.get(i));
      assertEquals(true, allowed.contains(type), TicketFacts.COLUMNS.get(i));
      assertEquals(true, values[i] == null || type.isInstance(values[i]),
          TicketFacts.COLUMNS.get(i) + " = " + values[i]);
    }
  }

  @Test
  void theRowOfAPlainTicket() {
    TicketFacts facts = ResponseAndResolutionTimesTest.plainTuesday().factsAsOf(LATER);
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < TicketFacts.COLUMNS.size(); i++) {
      row.put(TicketFacts.COLUMNS.get(i), facts.values()[i]);
    }
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("ticket_id", "plain");
    expected.put("source", "test");
    expected.put("created_at", TUE_0900);
    expected.put("created_date", LocalDate.of(2026, 9, 1)); // 07:00 UTC
    expected.put("channel", "email");
    expected.put("priority", "high");
    expected.put("entry_team", "billing");
    expected.put("as_of", LATER);
    expected.put("final_status", "solved");
    expected.put("final_team", "billing");
    expected.put("final_tier", 1);
    expected.put("is_open", false);
    expected.put("age_minutes", null);
    expected.put("first_reply_at", ResponseAndResolutionTimesTest.TUE_0940);
    expected.put("first_reply_minutes", 40.0);
    expected.put("first_reply_business_minutes", 40.0);
    expected.put("first_resolution_at", TUE_1115);
    expected.put("first_resolution_minutes", 135.0);
    expected.put("first_resolution_business_minutes", 135.0);
    expected.put("full_resolution_at", TUE_1115);
    expected.put("full_resolution_minutes", 135.0);
    expected.put("full_resolution_business_minutes", 135.0);
    expected.put("requester_wait_minutes", 135.0); // new 5 + open 130
    expected.put("requester_wait_business_minutes", 135.0);
    expected.put("agent_wait_minutes", 0.0);
    expected.put("agent_wait_business_minutes", 0.0);
    expected.put("entry_tier", 1);
    expected.put("max_tier", 1);
    expected.put("tier_path", "1");
    expected.put("escalations_up", 0);
    expected.put("escalations_down", 0);
    expected.put("tier_reversals", 0);
    expected.put("entered_line_1", true);
    expected.put("entered_line_2", false);
    expected.put("entered_line_3", false);
    expected.put("escalated_1_2", false);
    expected.put("escalated_2_3", false);
    expected.put("bounce_back", false);
    expected.put("ping_pong", false);
    expected.put("line_1_minutes", 135.0);
    expected.put("line_2_minutes", 0.0);
    expected.put("line_3_minutes", 0.0);
    expected.put("group_stations", 1);
    expected.put("assignee_stations", 1);
    expected.put("reopens", 0);
    expected.put("public_replies", 2); // 09:40 and 10:30; the bot's 09:25 does not count
    expected.put("handle_seconds_total", null);
    expected.put("first_tier_agent_key", "agt-a");
    expected.put("solver_agent_key", "agt-a");
    expected.put("one_touch", false);
    expected.put("first_line_resolution", true); // as of the 30th, 7 days have passed
    expected.put("csat", null);
    expected.put("csat_good", null);
    expected.put("csat_rated_at", null);
    // High: first reply 60 business min → due 10:00, replied 09:40 (20 to spare);
    // resolution 600 business min → Tue 09:00–18:00 = 540, Wed 08:00 + 60 → due Wed 09:00.
    expected.put("sla_first_reply_outcome", "met");
    expected.put("sla_first_reply_due", berlin("2026-09-01T10:00"));
    expected.put("sla_first_reply_over_minutes", -20.0);
    expected.put("sla_resolution_outcome", "met");
    expected.put("sla_resolution_due", berlin("2026-09-02T09:00"));
    expected.put("sla_resolution_over_minutes", -465.0); // 11:15–18:00 = 405 + Wed 08–09 = 60
    assertEquals(expected, row);
    assertEquals(TicketFacts.COLUMNS, new ArrayList<>(expected.keySet()));
  }

  @Test
  void eventsAfterTheAsOfMomentDoNotCount() {
    History history = ResponseAndResolutionTimesTest.plainTuesday();
    Instant asOf = berlin("2026-09-01T10:00");
    TicketFacts facts = history.factsAsOf(asOf);
    // As of 10:00: replied at 09:40, not solved; open for 60 minutes.
    assertEquals(new TicketState("open", "billing", 1, true, 60.0), facts.state());
    assertEquals(1, facts.handling().publicReplies());
    assertEquals(Milestone.NOT_REACHED, facts.firstResolution());
    assertNull(facts.handling().solverAgentKey());
  }

  @Test
  void anAsOfMomentBeforeCreationIsAnError() {
    History history = ResponseAndResolutionTimesTest.plainTuesday();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> history.factsAsOf(TUE_0900.minusSeconds(60)));
    assertEquals("ticket plain was created at 2026-09-01T07:00:00Z, after the as-of moment"
        + " 2026-09-01T06:59:00Z; leave it out", e.getMessage());
  }

  @Test
  void badEventsNameTheTicketAndTheEvent() {
    History history = ticket("bad", HIGH, TUE_0900);
    List<EventInput> events = new ArrayList<>(history.events());
    events.add(new EventInput(2, TUE_1115, "escalated", null, null, null, null, null, null, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> History.CALCULATOR.facts(history.ticket(), events, LATER));
    assertEquals("ticket bad: event seq 2: unknown type 'escalated' (known: created|assigned|"
        + "group_changed|tier_changed|status_changed|public_reply|internal_note|solved|reopened|"
        + "closed|rated)", e.getMessage());
  }

  @Test
  void aResolutionBeforeCreationIsAnError() {
    History history = ticket("early", HIGH, TUE_0900);
    List<EventInput> events = new ArrayList<>(history.events());
    events.add(new EventInput(2, TUE_0900.minusSeconds(60), "solved", "agt-a", null, null, null,
        null, null, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> History.CALCULATOR.facts(history.ticket(), events, LATER));
    assertEquals("ticket early: first resolution at 2026-09-01T06:59:00Z is before the ticket's"
        + " creation at 2026-09-01T07:00:00Z", e.getMessage());
  }

  @Test
  void theCalculatorTravelsToSparkExecutors() throws Exception {
    TicketFactsCalculator calculator = new TicketFactsCalculator(History.CALENDARS,
        SlaPolicies.load(SlaPolicies.DEFAULT_FILE), FactsSettings.DEFAULTS);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(calculator);
    }
    TicketFactsCalculator copy;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (TicketFactsCalculator) in.readObject();
    }
    History history = ResponseAndResolutionTimesTest.reopened();
    assertArrayEquals(history.factsAsOf(LATER, calculator).values(),
        history.factsAsOf(LATER, copy).values());
  }

  @Test
  void settingsTakeTheirDefaultsFromYaml() throws Exception {
    YAMLMapper yaml = YAMLMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertEquals(FactsSettings.DEFAULTS, yaml.readValue("{}", FactsSettings.class));
    assertEquals(new FactsSettings(3, 1),
        yaml.readValue("fcr_reopen_window_days: 3", FactsSettings.class));
    assertThrows(Exception.class, () -> yaml.readValue("fcr_window: 3", FactsSettings.class));
  }
}
