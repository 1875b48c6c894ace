package io.staffline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code staffline rota} standalone, end to end through the command line. */
class RotaCommandTest {
  static final Path BROKEN = Path.of("src/test/resources/rota/broken");
  static final String SHIFTS = """
      time_zone: Europe/Berlin
      tours: {5on2off: WWWWWOO}
      shifts: [{name: day, length_hours: 8, starts: ["09:00"], tours: [5on2off]}]
      minimum_on_duty: 0
      """;

  /** 09:00–17:00 needs one agent on each day of the week: two 5-on-2-off agents (HandInstancesTest). */
  static Path week(Path dir) throws IOException {
    List<String> rows = new ArrayList<>(List.of("interval_start,requirement"));
    for (int h = 0; h < 7 * 24; h++) {
      rows.add(LocalDate.of(2026, 11, 16).atStartOfDay().plusHours(h) + "," + (h % 24 >= 9 && h % 24 < 17 ? 1 : 0));
    }
    return Files.write(dir.resolve("week.csv"), rows);
  }

  @Test
  void aStandaloneWeekIsPlannedAndSummarisedAsJson(@TempDir Path dir) throws IOException {
    Path shifts = Files.writeString(dir.resolve("shifts.yaml"), SHIFTS);
    CommandLineTest.Run r = CommandLineTest.run("rota", "--requirements", week(dir).toString(), "--shifts", shifts.toString(),
        "--out", dir.resolve("out").toString(), "--time-limit", "20", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("2026-W47", json.get("week").asText());
    JsonNode solve = json.get("solves").get(0);
    assertEquals("OPTIMAL", solve.get("status").asText());
    assertEquals(2, solve.get("agents").asInt());
    assertEquals(1.4, solve.get("lpBound").asDouble(), 1e-6);
    assertEquals(80, solve.get("paidHours").asDouble(), 1e-9);
    assertEquals(0, solve.get("tier").asInt());
    assertTrue(Files.isDirectory(dir.resolve("out/current/rota_rotation")));
  }

  @Test
  void aBadCsvRowIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path shifts = Files.writeString(dir.resolve("shifts.yaml"), SHIFTS);
    Path csv = BROKEN.resolve("non-numeric-requirement.csv");
    CommandLineTest.Run r = CommandLineTest.run("rota", "--requirements", csv.toString(), "--shifts", shifts.toString(),
        "--out", dir.resolve("out").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains(csv + " line 3: column requirement: 'two' is not a whole number of agents"), r.err());
  }

  @Test
  void aBadYamlKeyIsAnErrorNamingFileAndKey(@TempDir Path dir) throws IOException {
    Path yaml = BROKEN.resolve("unknown-key.yaml");
    CommandLineTest.Run r = CommandLineTest.run("rota", "--requirements", week(dir).toString(), "--shifts", yaml.toString(),
        "--out", dir.resolve("out").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains(yaml + " line 7: unknown key 'start' at shifts[0].start"), r.err());
  }
}
