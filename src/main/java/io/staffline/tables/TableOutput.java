package io.staffline.tables;

import io.staffline.ingest.Lake;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/** A small stage's output committed like the lake: every table staged, then switched in at once. */
public final class TableOutput {
  private TableOutput() {}

  static {
    TablesawStartup.initialise();
  }

  /** Writes each table into a staging folder of {@code root} and makes it the current run. */
  public static Path commit(Path root, Clock clock, Map<String, Table> tables) {
    Lake out = new Lake(root);
    String runId = out.unusedRunId(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC).format(clock.instant()));
    Path staging = out.newStaging(runId);
    try {
      tables.forEach((name, table) -> ParquetTables.write(table, staging.resolve(name)));
      return out.commit(staging, runId);
    } catch (RuntimeException e) {
      out.keepFailed(staging, runId);
      throw e;
    }
  }

  /** Table → rows, in the tables' order. */
  public static Map<String, Integer> rowCounts(Map<String, Table> tables) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    tables.forEach((name, table) -> rows.put(name, table.rowCount()));
    return rows;
  }
}
