package io.staffline.metrics.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.staffline.ticket.Priority;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** jobs/sla.yaml and the rules of the SLA policy file (docs/metrics-ticket-facts.md §SLA). */
class SlaPoliciesTest {

  static String rejected(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> SlaPolicies.parse(yaml, "sla.yaml"))
        .getMessage();
  }

  @Test
  void theBundledFileHasTheDocumentedTargets() {
    assertEquals(History.SLA, SlaPolicies.load(SlaPolicies.DEFAULT_FILE));
  }

  @Test
  void aPolicyIsFoundByPriorityAndMetric() {
    SlaPolicies sla = SlaPolicies.load(SlaPolicies.DEFAULT_FILE);
    assertEquals(Optional.of(SlaPolicy.business(600).withReopenCycle(ReopenCycle.LAST_SOLVE)),
        sla.policy("high", SlaMetric.RESOLUTION));
    assertEquals(Optional.of(SlaPolicy.calendar(30)), sla.policy("URGENT", SlaMetric.FIRST_REPLY));
    assertEquals(Optional.empty(), sla.policy(null, SlaMetric.FIRST_REPLY));
    assertEquals(Optional.empty(), sla.policy("critical", SlaMetric.FIRST_REPLY));
  }

  @Test
  void aMissingReopenCycleIsLastSolve() {
    SlaPolicies sla = SlaPolicies.parse("""
        policies:
          low:
            resolution: {target_minutes: 3000, business: true}
        """, "sla.yaml");
    assertEquals(ReopenCycle.LAST_SOLVE,
        sla.policy("low", SlaMetric.RESOLUTION).orElseThrow().cycle());
    assertEquals(Optional.empty(), sla.policy("low", SlaMetric.FIRST_REPLY));
  }

  @Test
  void noPoliciesIsAllowedButAnEmptyFileIsNot() {
    assertEquals(SlaPolicies.NONE, SlaPolicies.parse("policies: {}", "sla.yaml"));
    assertEquals("sla.yaml: empty file; write 'policies: {}' for no SLA", rejected(""));
    assertEquals("sla.yaml: policies: missing; write 'policies: {}' for no SLA",
        rejected("{}"));
  }

  @Test
  void anUnknownKeyIsNamedWithItsLineAndPlace() {
    String message = rejected("""
        policies:
          high:
            first_reply: {target_minutes: 60, business: true}
            resolution: {target_minutes: 600, busines: true}
        """);
    assertEquals("sla.yaml line 4: unknown key 'busines' at policies.high.resolution (known:"
        + " [business, reopen_cycle, target_minutes])", message);
  }

  @Test
  void anUnknownMetricIsAnUnknownKey() {
    String message = rejected("""
        policies:
          high:
            next_reply: {target_minutes: 60, business: true}
        """);
    assertEquals("sla.yaml line 3: unknown key 'next_reply' at policies.high (known:"
        + " [first_reply, resolution])", message);
  }

  @Test
  void anUnknownPriorityIsRejected() {
    assertEquals("sla.yaml: policies.critical: unknown priority; known: urgent|high|normal|low",
        rejected("""
            policies:
              critical:
                first_reply: {target_minutes: 60, business: true}
            """));
  }

  @Test
  void targetAndClockAreRequired() {
    assertEquals("sla.yaml: policies.high.first_reply.target_minutes: missing",
        rejected("policies: {high: {first_reply: {business: true}}}"));
    assertEquals("sla.yaml: policies.high.first_reply.target_minutes: must be more than 0, not 0",
        rejected("policies: {high: {first_reply: {target_minutes: 0, business: true}}}"));
    assertEquals("sla.yaml: policies.high.first_reply.business: missing; true for business"
        + " minutes of the entry team's calendar, false for calendar minutes",
        rejected("policies: {high: {first_reply: {target_minutes: 60}}}"));
  }

  @Test
  void onlyResolutionTargetsHaveAReopenCycle() {
    assertEquals("sla.yaml: policies.high.first_reply.reopen_cycle: only resolution targets have"
        + " a reopen cycle", rejected("""
            policies:
              high:
                first_reply: {target_minutes: 60, business: true, reopen_cycle: first_solve}
            """));
  }

  @Test
  void badValuesNameTheirKey() {
    String cycle = rejected("""
        policies:
          high:
            resolution: {target_minutes: 600, business: true, reopen_cycle: every_solve}
        """);
    assertEquals("sla.yaml line 3: policies.high.resolution.reopen_cycle: ",
        cycle.substring(0, cycle.indexOf("reopen_cycle: ") + "reopen_cycle: ".length()));
    assertEquals(true, cycle.contains("[first_solve, last_solve]"), cycle);
    String minutes = rejected("policies: {high: {first_reply: {target_minutes: 4h, business: true}}}");
    assertEquals(true, minutes.startsWith(
        "sla.yaml line 1: policies.high.first_reply.target_minutes: "), minutes);
  }

  @Test
  void theBuilderChecksLikeTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SlaPolicies.builder().firstReply(Priority.HIGH, SlaPolicy.business(-5)).build());
    assertEquals("SLA policies: policies.high.first_reply.target_minutes: must be more than 0,"
        + " not -5", e.getMessage());
  }
}
