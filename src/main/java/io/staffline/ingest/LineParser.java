package io.staffline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Turns one physical line of one file into one row of the parsed schema (the table's columns plus
 * reason_code, reason and raw): accepted values, or nulls and a reason. Runs on the executors.
 */
final class LineParser implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InputFile file;
  private final FileInspection inspection;
  private final ZoneId zone;
  private final Instant exportTime;
  private final Pseudonymizer pseudonyms;
  private final String source;
  private final int width;
  private final int fileIndex;
  private final int lineIndex;
  private final int reasonIndex;

  LineParser(InputFile file, FileInspection inspection, ZoneId zone, Instant exportTime,
      Pseudonymizer pseudonyms, String source) {
    this.file = file;
    this.inspection = inspection;
    this.zone = zone;
    this.exportTime = exportTime;
    this.pseudonyms = pseudonyms;
    this.source = source;
    StructType table = file.table().schema();
    this.width = table.size() + 3;
    this.fileIndex = table.fieldIndex(LakeSchema.SOURCE_FILE);
    this.lineIndex = table.fieldIndex(LakeSchema.SOURCE_LINE);
    this.reasonIndex = table.size();
  }

  /** The parsed row of line {@code lineNo} (1-based), or null for the header and blank lines. */
  Row parse(long lineNo, byte[] bytes) {
    if (lineNo <= inspection.headerLine()) {
      return null;
    }
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      String lossy = new String(bytes, StandardCharsets.UTF_8);
      return rejected(lineNo, Redaction.maskEmails(lossy),
          new Reject(ReasonCode.BAD_ENCODING, "line is not valid UTF-8 (bytes shown as U+FFFD)"));
    }
    line = FileInspection.stripBom(line);
    if (line.isBlank()) {
      return null;
    }
    if (inspection.fileReject() != null) {
      return rejected(lineNo, Redaction.maskEmails(line),
          new Reject(inspection.fileReject(), inspection.fileRejectReason()));
    }
    return file.format() == InputFile.Format.CSV ? parseCsv(lineNo, line) : parseJson(lineNo, line);
  }

  private Row parseCsv(long lineNo, String line) {
    List<String> values;
    try {
      values = CsvLine.split(line, FileInspection.DELIMITER, FileInspection.QUOTE);
    } catch (Reject r) {
      return rejected(lineNo, Redaction.maskEmails(line), r);
    }
    List<String> columns = inspection.columns();
    String raw = redactedCsv(values, columns);
    if (values.size() != columns.size()) {
      ReasonCode code = values.size() < columns.size() ? ReasonCode.SHORT_ROW : ReasonCode.LONG_ROW;
      return rejected(lineNo, raw, new Reject(code,
          values.size() + " fields where the header has " + columns.size()));
    }
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      fields.put(columns.get(i), values.get(i));
    }
    return accepted(lineNo, raw, fields);
  }

  private Row parseJson(long lineNo, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      node = null;
    }
    if (!(node instanceof ObjectNode object)) {
      return rejected(lineNo, Redaction.maskEmails(line),
          new Reject(ReasonCode.BAD_JSON, "line is not one JSON object"));
    }
    Map<String, String> fields = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      fields.put(e.getKey().toLowerCase(java.util.Locale.ROOT),
          v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
    }
    for (String personal : file.table().personalColumns()) {
      if (object.has(personal)) {
        object.put(personal, Redaction.MASK);
      }
    }
    List<String> missing = file.table().requiredColumns().stream()
        .filter(c -> !fields.containsKey(c)).toList();
    String raw = Redaction.maskEmails(object.toString());
    if (!missing.isEmpty()) {
      return rejected(lineNo, raw, new Reject(ReasonCode.MISSING_VALUE,
          "object lacks required field(s) " + String.join(", ", missing)));
    }
    return accepted(lineNo, raw, fields);
  }

  private Row accepted(long lineNo, String raw, Map<String, String> fields) {
    Object[] values;
    try {
      values = file.table().parser().parse(new Fields(fields, zone, exportTime), pseudonyms, source);
    } catch (Reject r) {
      return rejected(lineNo, raw, r);
    }
    Object[] row = new Object[width];
    System.arraycopy(values, 0, row, 0, values.length);
    row[fileIndex] = file.name();
    row[lineIndex] = lineNo;
    // raw is kept so that a later set-level check (duplicates, unknown ticket) can quarantine it.
    row[reasonIndex + 2] = Redaction.truncate(raw);
    return RowFactory.create(row);
  }

  private Row rejected(long lineNo, String raw, Reject reject) {
    Object[] row = new Object[width];
    row[fileIndex] = file.name();
    row[lineIndex] = lineNo;
    row[reasonIndex] = reject.code().code();
    row[reasonIndex + 1] = reject.getMessage();
    row[reasonIndex + 2] = Redaction.truncate(raw);
    return RowFactory.create(row);
  }

  /** The line rebuilt with personal-data fields masked. */
  private String redactedCsv(List<String> values, List<String> columns) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(FileInspection.DELIMITER);
      }
      boolean personal = i < columns.size() && file.table().personalColumns().contains(columns.get(i));
      String v = personal && !values.get(i).isEmpty() ? Redaction.MASK : values.get(i);
      out.append(quoteIfNeeded(v));
    }
    return Redaction.maskEmails(out.toString());
  }

  private static String quoteIfNeeded(String v) {
    if (v.indexOf(FileInspection.DELIMITER) < 0 && v.indexOf('"') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
