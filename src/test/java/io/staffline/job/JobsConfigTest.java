package io.staffline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.forecast.ForecastConfig;
import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.metrics.facts.SlaPolicies;
import io.staffline.rota.ShiftsConfig;
import io.staffline.staffing.StaffingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file in jobs/ is one we know, and loads with its strict reader (unknown keys are errors). */
class JobsConfigTest {
  static final Map<String, Consumer<Path>> READERS = Map.of(
      "calendars.yaml", p -> CalendarsConfig.load(p).toTeamCalendars(),
      "sla.yaml", SlaPolicies::load,
      "staffing.yaml", StaffingConfig::load,
      "forecast.yaml", ForecastConfig::load,
      "shifts.yaml", ShiftsConfig::load);

  @Test
  void everyFileInJobsIsKnownAndLoads() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("jobs"))) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertEquals(READERS.keySet().stream().sorted().toList(),
          yaml.stream().map(p -> p.getFileName().toString()).toList(), "a jobs/ file without a reader");
      yaml.forEach(p -> READERS.get(p.getFileName().toString()).accept(p));
    }
  }

  @Test
  void aMisspelledKeyInJobsIsRejectedNamingIt(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path bad = dir.resolve("calendars.yaml");
    Files.writeString(bad, Files.readString(Path.of("jobs/calendars.yaml")).replace("time_zone:", "timezone:"));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> CalendarsConfig.load(bad).toTeamCalendars());
    assertTrue(e.getMessage().contains("timezone"), e.getMessage());
  }
}
