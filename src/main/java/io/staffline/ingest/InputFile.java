package io.staffline.ingest;

import java.io.Serializable;
import java.util.Locale;

/**
 * One export file: where it is, how it is shown in messages and the quarantine (its name relative
 * to the input folder), which table it feeds and in which format.
 */
public record InputFile(String uri, String name, InputTable table, Format format) implements Serializable {

  /** The text layouts we read; gzip is recognised by the {@code .gz} suffix. */
  public enum Format {
    CSV, JSONL;

    public static java.util.Optional<Format> forFileName(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".gz")) {
        n = n.substring(0, n.length() - 3);
      }
      if (n.endsWith(".csv")) {
        return java.util.Optional.of(CSV);
      }
      if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
        return java.util.Optional.of(JSONL);
      }
      return java.util.Optional.empty();
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
