package io.staffline.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data-samples/ is exactly what {@code staffline generate --out data-samples} writes today. */
class BundledSampleTest {
  static final Path SAMPLES = Path.of("data-samples");

  @Test
  void theCommittedSampleIsTheGeneratorsDefaultOutput(@TempDir Path fresh) throws IOException {
    new SampleGenerator(GeneratorSettings.defaults()).writeTo(fresh);
    for (String f : List.of("tickets.csv.gz", "ticket_events.csv.gz", "agents.csv", "agent_levels.csv",
        "ground_truth.json", "export.json")) {
      assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(SAMPLES.resolve(f)),
          f + " differs: regenerate with bin/staffline generate --out data-samples");
    }
  }
}
