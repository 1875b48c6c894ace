package io.staffline.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A small reader for the generated CSV files, independent of the generator's writer: one record
 * per line, RFC 4180 quotes, rows as maps from header name to value ("" for empty).
 */
final class SampleFiles {
  private SampleFiles() {}

  static List<String> lines(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }

  static List<Map<String, String>> rows(Path file) throws IOException {
    List<String> lines = lines(file);
    List<String> header = split(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      List<String> fields = split(lines.get(i));
      if (fields.size() != header.size()) {
        throw new AssertionError(file.getFileName() + " line " + (i + 1) + " has "
            + fields.size() + " fields, the header " + header.size() + ": " + lines.get(i));
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int j = 0; j < header.size(); j++) {
        row.put(header.get(j), fields.get(j));
      }
      rows.add(row);
    }
    return rows;
  }

  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new AssertionError("unbalanced quote: " + line);
    }
    fields.add(field.toString());
    return fields;
  }
}
