package io.staffline.ingest.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.staffline.ingest.CsvLine;
import io.staffline.ingest.Pseudonymizer;
import io.staffline.ingest.Pseudonymizer.Domain;
import io.staffline.ingest.ReasonCode;
import io.staffline.ingest.Reject;
import io.staffline.ingest.Timestamps;
import io.staffline.ticket.Channel;
import io.staffline.ticket.Csat;
import io.staffline.ticket.Priority;
import io.staffline.ticket.Tier;
import io.staffline.ticket.TicketStatus;
import io.staffline.ticket.Vocabulary;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of a profiled export — a CSV record or a JSON object — into a
 * {@link SourceRecord}, or rejects it with a reason. A rejected line is kept in the quarantine
 * redacted: only the columns the profile reads are shown, identifiers as their pseudonyms.
 */
final class ProfileLineParser implements Serializable {
  private static final long serialVersionUID = 2L;

  /** What stands in the quarantine for a value the profile does not read. */
  static final String MASK = io.staffline.ingest.Redaction.MASK;

  /** The fields whose source values are personal identifiers, and their pseudonym domains. */
  private static final Map<String, Domain> PSEUDONYMISED = Map.of(
      "agent_id", Domain.AGENT, "requester_id", Domain.REQUESTER, "org_id", Domain.ORGANISATION);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourceProfile profile;
  private final List<String> columns;
  private final long headerLine;
  private final String file;
  private final Instant exportTime;
  private final Pseudonymizer pseudonyms;
  private transient Map<String, Integer> index;
  private transient List<DateTimeFormatter> patterns;
  private transient List<Pattern> tierPatterns;
  private transient Map<String, Pattern> picks;
  private transient Map<String, JsonPath> paths;
  private transient Map<String, Domain> readColumns;

  ProfileLineParser(SourceProfile profile, List<String> columns, long headerLine, String file,
      Instant exportTime, Pseudonymizer pseudonyms) {
    this.profile = profile;
    this.columns = columns;
    this.headerLine = headerLine;
    this.file = file;
    this.exportTime = exportTime;
    this.pseudonyms = pseudonyms;
  }

  /** Header names with repeats numbered by position: the second {@code Label} is {@code Label#2}. */
  static List<String> numberRepeats(List<String> raw) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (String c : raw) {
      String name = c.strip();
      int n = seen.merge(name, 1, Integer::sum);
      out.add(n == 1 ? name : name + "#" + n);
    }
    return out;
  }

  /** One line's values by source column: a header name, or a JSON path. */
  private interface Cells {
    /** The value as written, null when the line has no such column. */
    String raw(String column);

    /** Every value of a multi-valued column: its repeats ({@code Name#2}...) or its array's elements. */
    List<String> all(String column);

    /** The line as the quarantine keeps it: columns the profile does not read masked. */
    String redacted();
  }

  /** The parsed line, or null for the header and blank lines. */
  SourceLine parse(long lineNo, byte[] bytes) {
    if (lineNo <= headerLine) {
      return null;
    }
    Charset charset = Charset.forName(profile.format().encodingName());
    String line;
    try {
      line = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return reject(lineNo, MASK, new Reject(ReasonCode.BAD_ENCODING, "line is not valid " + charset.name()));
    }
    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    if (line.isBlank()) {
      return null;
    }
    Cells cells;
    try {
      cells = profile.format().jsonLines() ? jsonCells(line) : csvCells(line);
    } catch (Reject r) {
      // The line did not split into its columns, so no part of it is known to be free of personal data.
      return reject(lineNo, MASK, r);
    }
    try {
      return new SourceLine(record(cells, lineNo), null, null, null, file, lineNo);
    } catch (Reject r) {
      return reject(lineNo, cells.redacted(), r);
    }
  }

  private SourceLine reject(long lineNo, String raw, Reject r) {
    String cut = io.staffline.ingest.Redaction.truncate(raw);
    return new SourceLine(null, r.code().code(), r.getMessage(), cut, file, lineNo);
  }

  private Cells csvCells(String line) throws Reject {
    char delimiter = profile.format().delimiterChar();
    char quote = profile.format().quoteChar();
    List<String> values = CsvLine.split(line, delimiter, quote);
    if (values.size() != columns.size()) {
      throw new Reject(values.size() < columns.size() ? ReasonCode.SHORT_ROW : ReasonCode.LONG_ROW,
          values.size() + " fields where the header has " + columns.size());
    }
    return new Cells() {
      @Override
      public String raw(String column) {
        Integer i = index().get(column);
        return i == null ? null : values.get(i);
      }

      @Override
      public List<String> all(String column) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          if (isRepeatOf(columns.get(i), column)) {
            out.add(values.get(i));
          }
        }
        return out;
      }

      @Override
      public String redacted() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
          out.append(i == 0 ? "" : String.valueOf(delimiter));
          String v = shown(columns.get(i), values.get(i));
          boolean quoted = v.indexOf(delimiter) >= 0 || v.indexOf(quote) >= 0;
          out.append(quoted ? quote + v.replace(String.valueOf(quote), "" + quote + quote) + quote : v);
        }
        return out.toString();
      }
    };
  }

  /** Whether header column {@code header} is {@code column} or one of its numbered repeats. */
  private static boolean isRepeatOf(String header, String column) {
    return header.equals(column) || (header.startsWith(column + "#")
        && header.length() > column.length() + 1
        && header.substring(column.length() + 1).chars().allMatch(Character::isDigit));
  }

  private Cells jsonCells(String line) throws Reject {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      node = null;
    }
    if (!(node instanceof ObjectNode object)) {
      throw new Reject(ReasonCode.BAD_JSON, "line is not one JSON object");
    }
    return new Cells() {
      @Override
      public String raw(String column) {
        return JsonPath.text(path(column).resolve(object));
      }

      @Override
      public List<String> all(String column) {
        JsonNode n = path(column).resolve(object);
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
          n.forEach(e -> out.add(JsonPath.text(e)));
        } else {
          out.add(JsonPath.text(n));
        }
        return out;
      }

      @Override
      public String redacted() {
        ObjectNode out = JSON.createObjectNode();
        for (String column : readColumns().keySet()) {
          String v = raw(column);
          out.put(column, v == null ? null : shown(column, v));
        }
        return out.toString();
      }
    };
  }

  /** A value as the quarantine may show it: read and not personal as is, an identifier as its pseudonym. */
  private String shown(String column, String value) {
    Map<String, Domain> read = readColumns();
    if (!read.containsKey(column)) {
      return value.isBlank() ? value : MASK;
    }
    Domain domain = read.get(column);
    return domain == null || value.isBlank() ? value : pseudonyms.pseudonym(domain, value);
  }

  /** The columns the profile reads, each with its pseudonym domain when it holds an identifier. */
  private Map<String, Domain> readColumns() {
    if (readColumns == null) {
      Map<String, Domain> out = new LinkedHashMap<>();
      profile.fields().forEach((field, mapped) -> {
        for (String c : mapped) {
          out.put(c, PSEUDONYMISED.get(field));
        }
      });
      if (profile.tier() != null && profile.tier().column() != null) {
        out.putIfAbsent(profile.tier().column(), null);
      }
      profile.kept().forEach(c -> out.putIfAbsent(c, null));
      for (String field : profile.pick() == null ? Set.<String>of() : profile.pick().keySet()) {
        for (String c : profile.columnsOf(field)) {
          for (String header : columns) {
            if (isRepeatOf(header, c)) {
              out.putIfAbsent(header, PSEUDONYMISED.get(field));
            }
          }
        }
      }
      readColumns = out;
    }
    return readColumns;
  }

  private SourceRecord record(Cells cells, long lineNo) throws Reject {
    String ticketId = field(cells, "ticket_id");
    if (ticketId == null) {
      throw new Reject(ReasonCode.MISSING_VALUE, "ticket id (" + profile.columnsOf("ticket_id") + ") is empty");
    }
    String team = field(cells, "team");
    Map<String, String> kept = new LinkedHashMap<>();
    for (String k : profile.kept()) {
      kept.put(k, value(cells, k));
    }
    Instant eventAt = timestamp(cells, "event_at");
    Instant createdAt = timestamp(cells, "created_at");
    if (profile.layout() != SourceProfile.Layout.TICKET_ROWS && eventAt == null) {
      throw new Reject(ReasonCode.MISSING_VALUE, "event time (" + profile.columnsOf("event_at") + ") is empty");
    }
    if (profile.layout() == SourceProfile.Layout.TICKET_ROWS && createdAt == null) {
      throw new Reject(ReasonCode.MISSING_VALUE, "created time (" + profile.columnsOf("created_at") + ") is empty");
    }
    String rawStatus = field(cells, "status");
    String status = vocabulary(rawStatus, "status", TicketStatus.class);
    return new SourceRecord(ticketId, eventAt, number(cells, "order"), createdAt, status, rawStatus, team,
        tier(cells, team),
        pseudonyms.pseudonym(Domain.AGENT, field(cells, "agent_id")),
        vocabulary(field(cells, "priority"), "priority", Priority.class),
        vocabulary(field(cells, "channel"), "channel", Channel.class), field(cells, "category"),
        pseudonyms.pseudonym(Domain.REQUESTER, field(cells, "requester_id")),
        pseudonyms.pseudonym(Domain.ORGANISATION, field(cells, "org_id")),
        timestampInStatus(cells, "first_reply_at", status), timestampInStatus(cells, "solved_at", status),
        timestampInStatus(cells, "closed_at", status), csat(cells), handleSeconds(cells),
        kept.isEmpty() ? null : kept, file, lineNo);
  }

  /** The value of a source column, null for empty cells and null tokens. */
  private String value(Cells cells, String column) {
    return cleaned(cells.raw(column));
  }

  private String cleaned(String raw) {
    if (raw == null) {
      return null;
    }
    String v = raw.strip();
    return v.isEmpty() || profile.format().nulls().contains(v) ? null : v;
  }

  /**
   * A canonical field: its source columns' values joined with "/" (nulls left out) — or, when the
   * profile has a {@code pick} for it, the first value among the columns' values and repeats that
   * the pick's regular expression finds a match in.
   */
  private String field(Cells cells, String field) {
    Pattern pick = picks().get(field);
    List<String> parts = new ArrayList<>();
    for (String column : profile.columnsOf(field)) {
      if (pick == null) {
        String v = value(cells, column);
        if (v != null) {
          parts.add(v);
        }
        continue;
      }
      for (String raw : cells.all(column)) {
        String v = cleaned(raw);
        if (v != null && pick.matcher(v).find()) {
          return v;
        }
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }

  private <E extends Enum<E> & Vocabulary.Coded> String vocabulary(String raw, String field, Class<E> type)
      throws Reject {
    String mapped = raw == null ? null : mapped(field, raw);
    if (raw == null || "".equals(mapped)) {
      return profile.defaultOf(field);
    }
    if (mapped == null) {
      mapped = Vocabulary.parse(type, raw).map(Vocabulary.Coded::code).orElse(profile.defaultOf(field));
    }
    if (mapped == null || Vocabulary.parse(type, mapped).isEmpty()) {
      throw new Reject(ReasonCode.UNKNOWN_VALUE, field + " '" + raw + "' is not in the profile's value map "
          + "(values." + field + ") nor one of " + Vocabulary.codes(type));
    }
    return mapped;
  }

  /**
   * The profile's value for {@code raw} (exact, then ignoring case): null when the map has no entry,
   * "" when the entry maps it to nothing ({@code ~} or {@code ""}: the value means "no value").
   */
  private String mapped(String field, String raw) {
    Map<String, String> map = profile.valueMap(field);
    String key = map.containsKey(raw) ? raw
        : map.keySet().stream().filter(k -> k.equalsIgnoreCase(raw)).findFirst().orElse(null);
    if (key == null) {
      return null;
    }
    String v = map.get(key);
    return v == null ? "" : v.strip();
  }

  private String csat(Cells cells) throws Reject {
    String raw = field(cells, "csat");
    if (raw == null) {
      return null;
    }
    String mapped = mapped("csat", raw);
    if ("".equals(mapped)) {
      return null;
    }
    String rating = mapped == null ? raw : mapped;
    return Csat.parse(rating).map(Csat::code).orElseThrow(() ->
        new Reject(ReasonCode.UNKNOWN_VALUE, "csat '" + raw + "' is not good|bad|1-5 (values.csat)"));
  }

  private Integer tier(Cells cells, String team) throws Reject {
    SourceProfile.TierRule rule = profile.tier();
    if (rule == null) {
      return 1;
    }
    if (rule.column() != null) {
      String raw = value(cells, rule.column());
      if (raw != null) {
        return Tier.parse(raw).map(Tier::number).orElseThrow(() ->
            new Reject(ReasonCode.UNKNOWN_VALUE, "tier '" + raw + "' is not a support line 1, 2 or 3"));
      }
    }
    if (team != null) {
      List<Pattern> compiled = tierPatterns();
      for (int i = 0; i < compiled.size(); i++) {
        if (compiled.get(i).matcher(team).find()) {
          return rule.patterns().get(i).tier();
        }
      }
      if (rule.groups() != null && rule.groups().containsKey(team)) {
        return rule.groups().get(team);
      }
    }
    return rule.defaultOrOne();
  }

  /** A lifecycle time, read only when the row's status is one {@code when_status} lists for it. */
  private Instant timestampInStatus(Cells cells, String field, String status) throws Reject {
    List<String> statuses = profile.whenStatusOf(field);
    if (statuses != null && !statuses.contains(status)) {
      return null;
    }
    return timestamp(cells, field);
  }

  private Instant timestamp(Cells cells, String field) throws Reject {
    SourceProfile.DurationRule elapsed = profile.durationOf(field);
    Instant t;
    if (elapsed != null) {
      Long seconds = seconds(cells, field, elapsed.unit());
      Instant from = seconds == null ? null : timestamp(cells, elapsed.after());
      if (from == null) {
        return null;
      }
      t = from.plusSeconds(seconds);
    } else {
      String raw = field(cells, field);
      if (raw == null) {
        return null;
      }
      t = parseTime(raw);
      if (t == null) {
        throw new Reject(ReasonCode.BAD_TIMESTAMP, field + " " + profile.columnsOf(field) + ": '" + raw
            + "' matches none of the profile's time.patterns");
      }
    }
    if (exportTime != null && t.isAfter(exportTime)) {
      throw new Reject(ReasonCode.AFTER_EXPORT_TIME, field + ": " + t + " is after the export time " + exportTime);
    }
    return t;
  }

  Instant parseTime(String raw) {
    ZoneId zone = zone();
    if (formatters().isEmpty()) {
      try {
        return Timestamps.parse(raw, zone);
      } catch (DateTimeException e) {
        return null;
      }
    }
    for (DateTimeFormatter f : formatters()) {
      try {
        TemporalAccessor t = f.parseBest(raw, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
        if (t instanceof ZonedDateTime z) {
          return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
          return o.toInstant();
        }
        return ((LocalDateTime) t).atZone(zone).toInstant();
      } catch (DateTimeException e) {
        // try the next pattern
      }
    }
    return null;
  }

  /** A duration column in seconds, as its {@code durations} unit writes it; null when empty. */
  private Long seconds(Cells cells, String field, SourceProfile.DurationUnit unit) throws Reject {
    String raw = field(cells, field);
    if (raw == null) {
      return null;
    }
    String written = unit.numeric() && profile.format().decimalCommaOn() ? raw.replace(".", "").replace(',', '.') : raw;
    try {
      return unit.seconds(written);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new Reject(ReasonCode.BAD_NUMBER, field + " " + profile.columnsOf(field) + ": '" + raw
          + "' is not a duration >= 0 in " + unit.label() + " (durations." + field + ".unit)");
    }
  }

  private Integer handleSeconds(Cells cells) throws Reject {
    SourceProfile.DurationRule rule = profile.durationOf("handle_seconds");
    if (rule == null) {
      return integer(cells, "handle_seconds");
    }
    Long s = seconds(cells, "handle_seconds", rule.unit());
    if (s != null && s > Integer.MAX_VALUE) {
      throw new Reject(ReasonCode.BAD_NUMBER, "handle_seconds: " + s + " seconds is too long");
    }
    return s == null ? null : s.intValue();
  }

  private Double number(Cells cells, String field) throws Reject {
    String raw = field(cells, field);
    if (raw == null) {
      return null;
    }
    try {
      return Double.parseDouble(profile.format().decimalCommaOn() ? raw.replace(".", "").replace(',', '.') : raw);
    } catch (NumberFormatException e) {
      throw new Reject(ReasonCode.BAD_NUMBER, field + ": '" + raw + "' is not a number");
    }
  }

  private Integer integer(Cells cells, String field) throws Reject {
    Double d = number(cells, field);
    if (d == null) {
      return null;
    }
    if (d < 0 || d > Integer.MAX_VALUE) {
      throw new Reject(ReasonCode.BAD_NUMBER, field + ": " + d + " is not a whole number >= 0");
    }
    return (int) Math.round(d);
  }

  private ZoneId zone() {
    return profile.time() == null || profile.time().zone() == null ? ZoneId.of("UTC") : ZoneId.of(profile.time().zone());
  }

  private Map<String, Integer> index() {
    if (index == null) {
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        m.put(columns.get(i), i);
      }
      index = m;
    }
    return index;
  }

  private JsonPath path(String column) {
    if (paths == null) {
      paths = new HashMap<>();
    }
    return paths.computeIfAbsent(column, JsonPath::of);
  }

  private Map<String, Pattern> picks() {
    if (picks == null) {
      Map<String, Pattern> out = new HashMap<>();
      if (profile.pick() != null) {
        profile.pick().forEach((field, regex) -> out.put(field, Pattern.compile(regex)));
      }
      picks = out;
    }
    return picks;
  }

  private List<DateTimeFormatter> formatters() {
    if (patterns == null) {
      List<DateTimeFormatter> out = new ArrayList<>();
      if (profile.time() != null && profile.time().patterns() != null) {
        Locale locale = profile.time().locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(profile.time().locale());
        for (String p : profile.time().patterns()) {
          out.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(locale));
        }
      }
      patterns = out;
    }
    return patterns;
  }

  private List<Pattern> tierPatterns() {
    if (tierPatterns == null) {
      List<Pattern> out = new ArrayList<>();
      if (profile.tier() != null && profile.tier().patterns() != null) {
        for (SourceProfile.TierPattern t : profile.tier().patterns()) {
          out.add(Pattern.compile(t.regex()));
        }
      }
      tierPatterns = out;
    }
    return tierPatterns;
  }

  /**
   * A path into a JSON object, as JSON Lines profiles name their columns: member names joined by
   * dots ({@code metric_set.reply_time_in_minutes.calendar}), an array element by position
   * ({@code tags[0]}) or by a member's value ({@code custom_fields[id=360001].value}).
   */
  record JsonPath(List<Step> steps) implements Serializable {
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)((?:\\[[^\\]]+\\])*)");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]=]+)(?:=([^\\]]*))?\\]");

    /** One member, then any element selections: by position, or by a member equal to a value. */
    record Step(String member, List<String[]> selections) implements Serializable {}

    /** The path written as {@code text}. @throws IllegalArgumentException naming what is wrong */
    static JsonPath of(String text) {
      List<Step> steps = new ArrayList<>();
      for (String part : text.split("\\.", -1)) {
        Matcher m = STEP.matcher(part);
        if (!m.matches()) {
          throw new IllegalArgumentException("'" + part + "' is not a member name optionally followed by "
              + "[position] or [member=value]");
        }
        List<String[]> selections = new ArrayList<>();
        Matcher b = BRACKET.matcher(m.group(2));
        while (b.find()) {
          String key = b.group(1).strip();
          if (b.group(2) == null && !key.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("[" + key + "] is neither a position nor member=value");
          }
          selections.add(b.group(2) == null ? new String[] {key} : new String[] {key, b.group(2).strip()});
        }
        steps.add(new Step(m.group(1), selections));
      }
      return new JsonPath(steps);
    }

    /** The node at this path in {@code root}, or null when the object has none. */
    JsonNode resolve(JsonNode root) {
      JsonNode n = root;
      for (Step s : steps) {
        n = n == null || !n.isObject() ? null : n.get(s.member());
        for (String[] sel : s.selections()) {
          n = n == null || !n.isArray() ? null : select(n, sel);
        }
      }
      return n;
    }

    private static JsonNode select(JsonNode array, String[] sel) {
      if (sel.length == 1) {
        return array.get(Integer.parseInt(sel[0]));
      }
      for (JsonNode e : array) {
        JsonNode key = e.get(sel[0]);
        if (key != null && key.isValueNode() && key.asText().equals(sel[1])) {
          return e;
        }
      }
      return null;
    }

    /** A node as a cell value: scalars as text, objects and arrays as JSON, null as null. */
    static String text(JsonNode n) {
      if (n == null || n.isNull() || n.isMissingNode()) {
        return null;
      }
      return n.isValueNode() ? n.asText() : n.toString();
    }
  }
}
