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
}
