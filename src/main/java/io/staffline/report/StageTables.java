package io.staffline.report;

import io.staffline.ingest.Lake;
import io.staffline.tables.ParquetTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The tables a stage committed ({@code DIR/current/<table>}, docs/pipeline.md), read with the
 * columns a report needs; a missing folder or column is an error naming the folder, the table, the
 * column and the option that points there.
 */
public final class StageTables {
  private final Path root;
  private final String option;
  private final String producer;

  /**
   * @param root the stage's output folder (e.g. out/metrics)
   * @param option the command-line option naming it, for messages (e.g. --metrics)
   * @param producer the command that writes it, for messages (e.g. staffline metrics)
   */
  public StageTables(Path root, String option, String producer) {
    this.root = root;
    this.option = option;
    this.producer = producer;
  }

  public Path root() {
    return root;
  }

  /** The folder of {@code table} in the committed run. */
  public Path folder(String table) {
    return root.resolve(Lake.CURRENT).resolve(table);
  }

  public boolean has(String table) {
    return Files.isDirectory(folder(table));
  }

  /** {@code table} with only {@code columns}; fails with a clear message when absent. */
  public Table read(String table, String... columns) {
    Path folder = folder(table);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no table " + table + " at " + folder + ": run " + producer
          + " first, or point " + option + " at its output folder");
    }
    try {
      return ParquetTables.read(folder, new LinkedHashSet<>(Arrays.asList(columns)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("table " + table + " (" + option + " " + root + "): " + e.getMessage()
          + " — the columns are the contract of docs/pipeline.md and docs/metrics.md", e);
    }
  }

  /** {@code table} if the stage wrote it, with only {@code columns}. */
  public Optional<Table> readIfPresent(String table, String... columns) {
    return has(table) ? Optional.of(read(table, columns)) : Optional.empty();
  }
}
