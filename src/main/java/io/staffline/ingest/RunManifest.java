package io.staffline.ingest;

import java.util.List;
import java.util.Map;

/**
 * A run's accounting, written as {@code manifest.json} in the run folder: each input file with its
 * checksum and rows read, accepted and quarantined (by reason), and the rows of each table.
 */
public record RunManifest(String runId, String source, String startedAt, String exportTime,
    String zone, double maxQuarantineRatio, String pseudonymKey, List<FileEntry> files,
    Map<String, Long> tables, Map<String, Long> quarantinedByReason) {

  /** One input file's accounting. */
  public record FileEntry(String table, String file, String format, String sha256, long bytes,
      long rowsRead, long rowsAccepted, long rowsQuarantined,
      Map<String, Long> quarantinedByReason, Map<String, Long> flaggedByReason,
      List<String> ignoredColumns, List<String> droppedColumns, String fileIssue) {

    public boolean balanced() {
      return rowsRead == rowsAccepted + rowsQuarantined;
    }

    public double quarantineRatio() {
      return rowsRead == 0 ? 0 : (double) rowsQuarantined / rowsRead;
    }
  }

  public long rowsRead() {
    return files.stream().mapToLong(FileEntry::rowsRead).sum();
  }

  public long rowsQuarantined() {
    return files.stream().mapToLong(FileEntry::rowsQuarantined).sum();
  }
}
