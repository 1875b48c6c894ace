package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.staffline.job.ErlangCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code staffline erlang}: the worked example end to end, and bad input exiting with 2. */
class ErlangCommandTest {
  private static final String[] WORKED_EXAMPLE = {
      "--contacts", "100", "--aht", "180", "--interval", "30", "--sl", "80%",
      "--answer-time", "20", "--shrinkage", "30%", "--json"};

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ErlangCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exitCode = cli.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static JsonNode json(Run run) throws Exception {
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void workedExamplePrintsFourteenRequiredAndTwentyScheduledAsJson() throws Exception {
    Run run = run(WORKED_EXAMPLE);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode j = json(run);
    assertEquals("required", j.get("mode").asText());
    assertEquals("erlang-c", j.get("model").asText());
    assertEquals(10.0, j.get("trafficErlangs").asDouble(), 1e-12);
    assertEquals(14, j.get("requiredAgents").asInt());
    assertEquals(20, j.get("scheduledAgents").asInt());
    assertEquals("service-level", j.get("binding").asText());
    assertEquals("answered-within", j.get("target").get("reading").asText());
    assertEquals(0.8, j.get("target").get("serviceLevel").asDouble(), 0);
    assertEquals(0.8884, j.get("serviceLevel").asDouble(), 5e-5);
    assertEquals(7.84, j.get("asaSeconds").asDouble(), 5e-3);
    assertEquals(0.714, j.get("occupancy").asDouble(), 5e-4);
    assertEquals(0, j.get("abandonment").asDouble(), 0);
    assertTrue(j.get("meetsTarget").asBoolean());
    assertEquals(13.0475, j.get("fractionalAgents").asDouble(), 5e-5);
  }

  @Test
  void reverseCalculationRatesThirteenAgentsBelowTarget() throws Exception {
    Run run = run("--contacts", "100", "--aht", "180", "--agents", "13", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode j = json(run);
    assertEquals("reverse", j.get("mode").asText());
    assertEquals(13, j.get("agents").asInt());
    assertEquals(0.7956, j.get("serviceLevel").asDouble(), 5e-5);
    assertFalse(j.get("meetsTarget").asBoolean());
    assertFalse(j.has("requiredAgents"));
  }

  @Test
  void unstableStaffingReportsNoAsaRatherThanInfinity() throws Exception {
    Run run = run("--contacts", "100", "--aht", "180", "--agents", "10", "--json");
    JsonNode j = json(run);
    assertFalse(j.get("stable").asBoolean());
    assertTrue(j.get("asaSeconds").isNull());
  }

  @Test
  void patienceSwitchesToErlangAAndReportsBothReadings() throws Exception {
    Run run = run("--contacts", "100", "--aht", "180", "--patience", "60", "--json");
    JsonNode j = json(run);
    assertEquals("erlang-a", j.get("model").asText());
    assertEquals(12, j.get("requiredAgents").asInt());
    assertTrue(j.get("serviceLevelWaitedAtMost").asDouble()
        > j.get("serviceLevelAnsweredWithin").asDouble());
    assertTrue(j.get("abandonment").asDouble() > 0);
  }

  @Test
  void textOutputNamesRequiredAndScheduledAgents() {
    Run run = run("--contacts", "100", "--aht", "180", "--shrinkage", "0.3");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Required agents: 14"), run.out());
    assertTrue(run.out().contains("Scheduled agents: 20"), run.out());
    assertTrue(run.out().contains("service level 88.84%"), run.out());
  }

  @Test
  void serviceLevelAboveOneExitsWithTwoNamingTheOption() {
    Run run = run("--contacts", "100", "--aht", "180", "--sl", "1.2");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--sl"), run.err());
    assertTrue(run.out().isEmpty(), run.out());
  }

  @Test
  void negativeContactsExitWithTwoNamingTheOption() {
    Run run = run("--contacts", "-5", "--aht", "180");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--contacts"), run.err());
  }

  @Test
  void abandonTargetWithoutPatienceExitsWithTwo() {
    Run run = run("--contacts", "100", "--aht", "180", "--abandon-target", "5%");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--abandon-target"), run.err());
  }

  @Test
  void shareThatIsNotANumberExitsWithTwo() {
    Run run = run("--contacts", "100", "--aht", "180", "--shrinkage", "lots");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--shrinkage"), run.err());
  }
  // The rest of the planners' calculator list: ASA target, occupancy cap, chat concurrency,
  // abandonment target, shrinkage in the reverse calculation, and the figures in text.

  @Test
  void anAsaTargetOfFiveSecondsNeedsFifteenAgents() throws Exception {
    // docs/staffing.md §7: ASA 7.84 s at 14 agents, 3.67 s at 15.
    JsonNode j = json(run("--contacts", "100", "--aht", "180", "--asa", "5", "--json"));
    assertEquals(15, j.get("requiredAgents").asInt());
    assertEquals("asa", j.get("binding").asText());
    assertEquals(5.0, j.get("target").get("maxAsaSeconds").asDouble(), 0);
    assertEquals(3.67, j.get("asaSeconds").asDouble(), 5e-3);
  }

  @Test
  void anOccupancyCapIsDecidedExactlyAndTheStaffingItGivesMeetsIt() throws Exception {
    // 5.7 Erlangs, cap 57%: exactly 10 agents, which meet the cap (5.7/10 is 0.5700000000000001
    // in binary); 9 agents (63.3%) do not.
    JsonNode j = json(run("--contacts", "57", "--aht", "180", "--max-occupancy", "57%", "--json"));
    assertEquals(10, j.get("requiredAgents").asInt());
    assertEquals("occupancy", j.get("binding").asText());
    assertTrue(j.get("meetsTarget").asBoolean());
    assertTrue(json(run("--contacts", "57", "--aht", "180", "--max-occupancy", "57%", "--agents",
        "10", "--json")).get("meetsTarget").asBoolean());
    assertFalse(json(run("--contacts", "57", "--aht", "180", "--max-occupancy", "57%", "--agents",
        "9", "--json")).get("meetsTarget").asBoolean());
  }

  @Test
  void chatConcurrencyOfThreeNeedsFourteenAgentsForFortySlots() throws Exception {
    // docs/staffing.md §7: 33.3 slot-Erlangs need 40 slots for 80/20; ⌈40/3⌉ = 14 agents, whose
    // 42 slots reach 92.3%.
    JsonNode j = json(run("--contacts", "100", "--aht", "600", "--concurrency", "3", "--json"));
    assertEquals(14, j.get("requiredAgents").asInt());
    assertEquals(42, j.get("servers").asInt());
    assertEquals(3, j.get("concurrency").asInt());
    assertEquals(0.923, j.get("serviceLevel").asDouble(), 5e-4);
  }

  @Test
  void anAbandonmentTargetOfFivePercentNeedsThirteenAgents() throws Exception {
    // Patience 60 s: abandonment 7.59% at 12 agents (§7), 4.92% at 13.
    JsonNode j = json(run("--contacts", "100", "--aht", "180", "--patience", "60",
        "--abandon-target", "5%", "--json"));
    assertEquals(13, j.get("requiredAgents").asInt());
    assertEquals("abandonment", j.get("binding").asText());
    assertEquals(0.0492, j.get("abandonment").asDouble(), 5e-5);
  }

  @Test
  void theReverseCalculationAlsoSchedulesForShrinkage() throws Exception {
    JsonNode j = json(run("--contacts", "100", "--aht", "180", "--agents", "14", "--shrinkage",
        "30%", "--json"));
    assertEquals(20, j.get("scheduledAgents").asInt());
    assertTrue(j.get("meetsTarget").asBoolean());
  }

  @Test
  void textOutputGivesServiceLevelAsaOccupancyAndAbandonment() {
    Run run = run("--contacts", "100", "--aht", "180", "--patience", "60", "--agents", "12");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("At 12 agents: service level 86.03% (answered within 20 s: 86.03%;"
        + " waited at most 20 s: 91.17%), ASA 3.52 s"), run.out());
    assertTrue(run.out().contains("abandonment 7.59%"), run.out());
  }
}
