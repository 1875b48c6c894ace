package io.staffline.sample;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one export file as RFC 4180 CSV: UTF-8 without byte-order mark, a header row, comma
 * delimiter, {@code \n} line ends. A field is quoted only when it contains a comma or a quote
 * (quotes doubled); line breaks inside a field become spaces, so every record is one line.
 * Gzip output has a fixed header (no file name, modification time 0), so equal rows give equal
 * bytes.
 */
final class CsvWriter implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final Writer out;
  private final ExportFile file;
  private final StringBuilder line = new StringBuilder(256);
  private long rows;

  private CsvWriter(Writer out, ExportFile file) {
    this.out = out;
    this.file = file;
  }

  /** Creates {@code dir/<file name>} (replacing it) and writes the header. */
  static CsvWriter create(Path dir, ExportFile file) throws IOException {
    OutputStream raw = new BufferedOutputStream(Files.newOutputStream(dir.resolve(file.fileName())),
        BUFFER);
    OutputStream stream = file.gzipped() ? new GZIPOutputStream(raw, BUFFER) : raw;
    CsvWriter w = new CsvWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER), file);
    w.write(file.columns());
    w.rows = 0;
    return w;
  }

  /** One data row; null fields are written empty. */
  void row(List<String> fields) throws IOException {
    if (fields.size() != file.columns().size()) {
      throw new IllegalArgumentException(file.fileName() + ": row has " + fields.size()
          + " fields, the header " + file.columns().size());
    }
    write(fields);
  }

  private void write(List<String> fields) throws IOException {
    line.setLength(0);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      appendField(line, fields.get(i));
    }
    line.append('\n');
    out.append(line);
    rows++;
  }

  /** Data rows written so far (not the header). */
  long rows() {
    return rows;
  }

  static void appendField(StringBuilder sb, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    String v = value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0
        ? value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')
        : value;
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
      sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    } else {
      sb.append(v);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
