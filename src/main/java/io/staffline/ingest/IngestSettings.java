package io.staffline.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What one ingest run needs: the input folder, the lake, how to read naive times, the export time
 * (no timestamp may be later), the largest share of a file's rows that may be quarantined before
 * the run fails, and the name stamped on rows as their source.
 */
public record IngestSettings(Path input, Path lake, ZoneId zone, Instant exportTime,
    double maxQuarantineRatio, String source) {

  public static final double DEFAULT_MAX_QUARANTINE_RATIO = 0.05;
  public static final String CANONICAL_SOURCE = "canonical";

  public IngestSettings {
    if (!(maxQuarantineRatio >= 0 && maxQuarantineRatio <= 1)) {
      throw new IllegalArgumentException(
          "max quarantine ratio must be between 0 and 1, not " + maxQuarantineRatio);
    }
  }
}
