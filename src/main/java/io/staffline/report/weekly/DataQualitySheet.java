package io.staffline.report.weekly;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import io.staffline.report.weekly.Columns.Quarantine;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * Data quality of the lake the metrics came from: the ingest run, rows read, accepted and
 * quarantined per input file (manifest.json), quarantined rows by reason (manifest and the
 * quarantine table, which must agree), flags, and the personal-data columns dropped on read.
 * Counts only: no raw line of the quarantine reaches the pack.
 */
final class DataQualitySheet {
  private DataQualitySheet() {}

  static void write(SheetWriter sheet, Optional<Manifest> manifest, Optional<Table> quarantine, String lakeFolder) {
    if (manifest.isEmpty()) {
      sheet.title("Data quality", "No lake manifest at " + lakeFolder + "/current/manifest.json (point --lake at the "
          + "lake the metrics were computed from).");
      return;
    }
    Manifest m = manifest.get();
    sheet.title("Data quality", "Ingest run " + m.runId() + " (" + m.source() + " export of " + m.exportTime()
        + "): every input row is either accepted or quarantined with a reason.");
    sheet.section("Rows per input file");
    // Long texts (personal data dropped, a reason's meaning) share column C in every table of the sheet.
    TableWriter files = sheet.table("InputFiles", java.util.List.of(Column.text("Table"), Column.text("File"),
        Column.text("Personal data dropped"), Column.text("Format"), Column.of("Rows read", CellFormat.COUNT),
        Column.of("Accepted", CellFormat.COUNT), Column.of("Quarantined", CellFormat.COUNT),
        Column.of("Quarantined share", CellFormat.PERCENT), Column.of("Flagged", CellFormat.COUNT),
        Column.text("File issue")));
    long read = 0;
    long quarantined = 0;
    for (Manifest.FileEntry f : m.files()) {
      long flagged = f.flaggedByReason().values().stream().mapToLong(Long::longValue).sum();
      files.add().text(f.table()).text(f.file()).text(String.join(", ", f.droppedColumns())).text(f.format())
          .count(f.rowsRead()).count(f.rowsAccepted()).count(f.rowsQuarantined())
          .share(f.rowsRead() == 0 ? null : (double) f.rowsQuarantined() / f.rowsRead()).count(flagged)
          .text(f.fileIssue());
      read += f.rowsRead();
      quarantined += f.rowsQuarantined();
    }
    int below = files.end("The manifest lists no input files.");
    sheet.at(below, 0, io.staffline.report.Styles.Role.TOTAL).text("All files").blank().blank().blank().count(read)
        .count(read - quarantined).count(quarantined).share(read == 0 ? null : (double) quarantined / read);
    sheet.blankRow();
    sheet.section("Quarantined rows by reason");
    Map<String, Long> byManifest = new TreeMap<>();
    Map<String, Long> flags = new TreeMap<>();
    for (Manifest.FileEntry f : m.files()) {
      f.quarantinedByReason().forEach((k, v) -> byManifest.merge(f.table() + "\u0000" + k, v, Long::sum));
      f.flaggedByReason().forEach((k, v) -> flags.merge(f.table() + "\u0000" + k, v, Long::sum));
    }
    Map<String, Long> byTable = new TreeMap<>();
    quarantine.ifPresent(q -> {
      for (int r = 0; r < q.rowCount(); r++) {
        byTable.merge(q.stringColumn(Quarantine.TABLE_NAME).get(r) + "\u0000" + q.stringColumn(Quarantine.REASON_CODE).get(r),
            1L, Long::sum);
      }
    });
    TableWriter reasons = sheet.table("QuarantineReasons", java.util.List.of(Column.text("Table"),
        Column.text("Reason code"), Column.text("Meaning"), Column.of("Rows (manifest)", CellFormat.COUNT),
        Column.of("Rows (quarantine table)", CellFormat.COUNT)));
    TreeMap<String, Long> keys = new TreeMap<>(byManifest);
    byTable.forEach(keys::putIfAbsent);
    keys.keySet().forEach(k -> {
      String[] parts = k.split("\u0000", 2);
      reasons.add().text(parts[0]).text(parts[1]).text(ReasonMeaning.of(parts[1]))
          .count(byManifest.getOrDefault(k, 0L)).count(quarantine.isPresent() ? byTable.getOrDefault(k, 0L) : null);
    });
    sheet.skipTo(reasons.end("No row was quarantined."));
    sheet.blankRow();
    sheet.section("Rows accepted with a flag");
    TableWriter flagged = sheet.table("Flags", java.util.List.of(Column.text("Table"), Column.text("Flag"),
        Column.text("Meaning"), Column.of("Rows", CellFormat.COUNT)));
    flags.forEach((k, v) -> {
      String[] parts = k.split("\u0000", 2);
      flagged.add().text(parts[0]).text(parts[1]).text(ReasonMeaning.of(parts[1])).count(v);
    });
    sheet.skipTo(flagged.end("No row was flagged."));
  }
}
