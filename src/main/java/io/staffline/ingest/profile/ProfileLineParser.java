package io.staffline.ingest.profile;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads one line of a profiled export into a {@link SourceRecord}, or rejects it with a reason. */
final class ProfileLineParser implements Serializable {
  private static final long serialVersionUID = 1L;

  private final SourceProfile profile;
  private final List<String> columns;
  private final long headerLine;
  private final String file;
  private final Instant exportTime;
  private final Pseudonymizer pseudonyms;
  private transient Map<String, Integer> index;
  private transient List<DateTimeFormatter> patterns;
  private transient List<Pattern> tierPatterns;

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

  /** The parsed line, or null for the header and blank lines. */
  SourceLine parse(long lineNo, byte[] bytes) {
    if (lineNo <= headerLine) {
      return null;
    }
    String line;
    try {
      line = Charset.forName(profile.format().encodingName()).newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return reject(lineNo, new String(bytes, Charset.forName(profile.format().encodingName())),
          new Reject(ReasonCode.BAD_ENCODING, "line is not valid " + profile.format().encodingName()));
    }
    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    if (line.isBlank()) {
      return null;
    }
    try {
      List<String> values = CsvLine.split(line, profile.format().delimiterChar(), profile.format().quoteChar());
      if (values.size() != columns.size()) {
        throw new Reject(values.size() < columns.size() ? ReasonCode.SHORT_ROW : ReasonCode.LONG_ROW,
            values.size() + " fields where the header has " + columns.size());
      }
      return new SourceLine(record(values, lineNo), null, null, null, file, lineNo);
    } catch (Reject r) {
      return reject(lineNo, line, r);
    }
  }

  private SourceLine reject(long lineNo, String raw, Reject r) {
    String cut = raw.length() > 2000 ? raw.substring(0, 2000) + "…" : raw;
    return new SourceLine(null, r.code().code(), r.getMessage(), cut, file, lineNo);
  }

  private SourceRecord record(List<String> values, long lineNo) throws Reject {
    String ticketId = field(values, "ticket_id");
    if (ticketId == null) {
      throw new Reject(ReasonCode.MISSING_VALUE, "ticket id (" + profile.columnsOf("ticket_id") + ") is empty");
    }
    String team = field(values, "team");
    Map<String, String> kept = new LinkedHashMap<>();
    for (String k : profile.kept()) {
      kept.put(k, value(values, k));
    }
    Instant eventAt = timestamp(values, "event_at");
    Instant createdAt = timestamp(values, "created_at");
    if (profile.layout() != SourceProfile.Layout.TICKET_ROWS && eventAt == null) {
      throw new Reject(ReasonCode.MISSING_VALUE, "event time (" + profile.columnsOf("event_at") + ") is empty");
    }
    if (profile.layout() == SourceProfile.Layout.TICKET_ROWS && createdAt == null) {
      throw new Reject(ReasonCode.MISSING_VALUE, "created time (" + profile.columnsOf("created_at") + ") is empty");
    }
    String rawStatus = field(values, "status");
    return new SourceRecord(ticketId, eventAt, number(values, "order"), createdAt,
        vocabulary(rawStatus, "status", TicketStatus.class), rawStatus, team, tier(values, team),
        pseudonyms.pseudonym(Domain.AGENT, field(values, "agent_id")),
        vocabulary(field(values, "priority"), "priority", Priority.class),
        vocabulary(field(values, "channel"), "channel", Channel.class), field(values, "category"),
        pseudonyms.pseudonym(Domain.REQUESTER, field(values, "requester_id")),
        pseudonyms.pseudonym(Domain.ORGANISATION, field(values, "org_id")),
        timestamp(values, "first_reply_at"), timestamp(values, "solved_at"), timestamp(values, "closed_at"),
        csat(values), integer(values, "handle_seconds"), kept.isEmpty() ? null : kept, file, lineNo);
  }

  /** The value of a source column, null for empty cells and null tokens. */
  private String value(List<String> values, String column) {
    Integer i = index().get(column);
    if (i == null) {
      return null;
    }
    String v = values.get(i).strip();
    return v.isEmpty() || profile.format().nulls().contains(v) ? null : v;
  }

  /** A canonical field: its source columns' values joined with "/" (nulls left out). */
  String field(List<String> values, String field) {
    List<String> parts = new ArrayList<>();
    for (String column : profile.columnsOf(field)) {
      String v = value(values, column);
      if (v != null) {
        parts.add(v);
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }

  private <E extends Enum<E> & Vocabulary.Coded> String vocabulary(String raw, String field, Class<E> type)
      throws Reject {
    if (raw == null) {
      return profile.defaultOf(field);
    }
    Map<String, String> map = profile.valueMap(field);
    String mapped = map.get(raw);
    if (mapped == null) {
      for (Map.Entry<String, String> e : map.entrySet()) {
        if (e.getKey().equalsIgnoreCase(raw)) {
          mapped = e.getValue();
          break;
        }
      }
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

  private String csat(List<String> values) throws Reject {
    String raw = field(values, "csat");
    if (raw == null) {
      return null;
    }
    String mapped = profile.valueMap("csat").getOrDefault(raw, raw);
    return Csat.parse(mapped).map(Csat::code).orElseThrow(() ->
        new Reject(ReasonCode.UNKNOWN_VALUE, "csat '" + raw + "' is not good|bad|1-5 (values.csat)"));
  }

  private Integer tier(List<String> values, String team) throws Reject {
    SourceProfile.TierRule rule = profile.tier();
    if (rule == null) {
      return 1;
    }
    if (rule.column() != null) {
      String raw = value(values, rule.column());
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

  private Instant timestamp(List<String> values, String field) throws Reject {
    String raw = field(values, field);
    if (raw == null) {
      return null;
    }
    Instant t = parseTime(raw);
    if (t == null) {
      throw new Reject(ReasonCode.BAD_TIMESTAMP, field + " " + profile.columnsOf(field) + ": '" + raw
          + "' matches none of the profile's time.patterns");
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

  private Double number(List<String> values, String field) throws Reject {
    String raw = field(values, field);
    if (raw == null) {
      return null;
    }
    try {
      return Double.parseDouble(profile.format().decimalCommaOn() ? raw.replace(".", "").replace(',', '.') : raw);
    } catch (NumberFormatException e) {
      throw new Reject(ReasonCode.BAD_NUMBER, field + ": '" + raw + "' is not a number");
    }
  }

  private Integer integer(List<String> values, String field) throws Reject {
    Double d = number(values, field);
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
}
