package io.staffline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * What the driver learns of a file before Spark reads it: its checksum and size, and for CSV its
 * header — the column names, and whether the file can be read at all (a file-wide reject then
 * applies to each of its rows, so each is still accounted for).
 */
record FileInspection(String sha256, long bytes, long headerLine, List<String> columns,
    ReasonCode fileReject, String fileRejectReason, List<String> ignoredColumns,
    List<String> droppedColumns) implements Serializable {

  static final char DELIMITER = ',';
  static final char QUOTE = '"';
  private static final char[] OTHER_DELIMITERS = {';', '\t', '|'};
  private static final char BOM = '\uFEFF';
  private static final Charset UTF8 = StandardCharsets.UTF_8;

  static FileInspection of(InputFile file, Configuration hadoop) throws IOException {
    Path path = new Path(file.uri());
    FileSystem fs = path.getFileSystem(hadoop);
    long bytes = fs.getFileStatus(path).getLen();
    String sha256 = RawFiles.sha256(fs, path);
    if (file.format() == InputFile.Format.JSONL) {
      return new FileInspection(sha256, bytes, 0, List.of(), null, null, List.of(), List.of());
    }
    long lineNo = 0;
    String header = null;
    try (InputStream in = RawFiles.open(fs, path, hadoop)) {
      byte[] line;
      while ((line = RawFiles.readLine(in)) != null) {
        lineNo++;
        String text;
        try {
          text = UTF8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
          return rejectAll(sha256, bytes, lineNo, ReasonCode.BAD_ENCODING,
              "the header of " + file.name() + " is not valid UTF-8");
        }
        if (!text.isBlank()) {
          header = text;
          break;
        }
      }
    }
    if (header == null) {
      return new FileInspection(sha256, bytes, lineNo, List.of(), null, null, List.of(), List.of());
    }
    return ofHeader(file, sha256, bytes, lineNo, stripBom(header));
  }

  private static FileInspection ofHeader(InputFile file, String sha256, long bytes, long headerLine,
      String header) {
    List<String> columns;
    try {
      columns = normalise(CsvLine.split(header, DELIMITER, QUOTE));
    } catch (Reject r) {
      return rejectAll(sha256, bytes, headerLine, ReasonCode.BAD_HEADER,
          "the header of " + file.name() + " cannot be read: " + r.getMessage());
    }
    List<String> missing = missing(file.table(), columns);
    if (!missing.isEmpty()) {
      for (char other : OTHER_DELIMITERS) {
        try {
          if (missing(file.table(), normalise(CsvLine.split(header, other, QUOTE))).isEmpty()) {
            return rejectAll(sha256, bytes, headerLine, ReasonCode.WRONG_DELIMITER,
                file.name() + " is delimited by " + describe(other)
                    + "; canonical CSV uses ',' (declare the delimiter in a mapping profile)");
          }
        } catch (Reject ignored) {
          // not this delimiter either
        }
      }
      return rejectAll(sha256, bytes, headerLine, ReasonCode.BAD_HEADER,
          "the header of " + file.name() + " lacks required column(s) " + String.join(", ", missing)
              + " for table " + file.table().tableName());
    }
    Set<String> seen = new HashSet<>();
    for (String c : columns) {
      if (!c.isEmpty() && !seen.add(c)) {
        return rejectAll(sha256, bytes, headerLine, ReasonCode.BAD_HEADER,
            "the header of " + file.name() + " names column '" + c + "' twice");
      }
    }
    List<String> ignored = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String c : columns) {
      if (file.table().personalColumns().contains(c)) {
        dropped.add(c);
      } else if (!file.table().knownColumns().contains(c)) {
        ignored.add(c);
      }
    }
    return new FileInspection(sha256, bytes, headerLine, columns, null, null, ignored, dropped);
  }

  /** Whether a header line was found (a CSV file without one is empty). */
  boolean hasHeader() {
    return fileReject != null || !columns.isEmpty();
  }

  private static FileInspection rejectAll(String sha256, long bytes, long headerLine,
      ReasonCode code, String reason) {
    return new FileInspection(sha256, bytes, headerLine, List.of(), code, reason, List.of(), List.of());
  }

  private static List<String> missing(InputTable table, List<String> columns) {
    return table.requiredColumns().stream().filter(c -> !columns.contains(c)).toList();
  }

  private static List<String> normalise(List<String> raw) {
    return raw.stream().map(c -> stripBom(c).strip().toLowerCase(Locale.ROOT)).toList();
  }

  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
  }

  private static String describe(char delimiter) {
    return delimiter == '\t' ? "tabs" : "'" + delimiter + "'";
  }

}
