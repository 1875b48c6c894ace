package io.staffline.report.weekly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lake's {@code manifest.json} (docs/data-model.md §2): the ingest run and, per input file,
 * rows read, accepted and quarantined by reason. Reason maps are sorted by code for a fixed order.
 */
record Manifest(String runId, String source, String exportTime, List<FileEntry> files) {

  record FileEntry(String table, String file, String format, long rowsRead, long rowsAccepted,
      long rowsQuarantined, Map<String, Long> quarantinedByReason, Map<String, Long> flaggedByReason,
      List<String> droppedColumns, List<String> ignoredColumns, String fileIssue) {}

  static Manifest read(Path file) {
    JsonNode m;
    try {
      m = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lake manifest " + file, e);
    }
    List<FileEntry> files = new ArrayList<>();
    for (JsonNode f : m.path("files")) {
      files.add(new FileEntry(f.path("table").asText(), f.path("file").asText(), f.path("format").asText(),
          f.path("rowsRead").asLong(), f.path("rowsAccepted").asLong(), f.path("rowsQuarantined").asLong(),
          counts(f.path("quarantinedByReason")), counts(f.path("flaggedByReason")),
          strings(f.path("droppedColumns")), strings(f.path("ignoredColumns")),
          f.path("fileIssue").isNull() ? null : f.path("fileIssue").asText(null)));
    }
    return new Manifest(m.path("runId").asText(), m.path("source").asText(), m.path("exportTime").asText(), files);
  }

  private static Map<String, Long> counts(JsonNode node) {
    Map<String, Long> out = new TreeMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Whether {@code file} exists; the pack says so plainly when the lake is not there. */
  static boolean exists(Path file) {
    return Files.isRegularFile(file);
  }
}
