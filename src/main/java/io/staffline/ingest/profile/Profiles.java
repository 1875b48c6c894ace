package io.staffline.ingest.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.staffline.ticket.TicketStatus;
import io.staffline.ticket.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Loads mapping profiles: built in (by name) or from a YAML file (by path), and checks them. */
public final class Profiles {
  /** The profiles shipped in src/main/resources/profiles. */
  public static final List<String> BUILT_IN = List.of(
      "servicenow-incident-log", "bpic2013-vinst", "zendesk", "jira-sm-csv", "freshdesk-csv");

  /** Canonical fields a profile may map. */
  public static final Set<String> FIELDS = Set.of("ticket_id", "event_at", "order", "created_at",
      "status", "team", "tier", "agent_id", "priority", "channel", "category", "requester_id",
      "org_id", "first_reply_at", "solved_at", "closed_at", "csat", "handle_seconds");

  private static final Set<String> VALUE_FIELDS = Set.of("status", "priority", "channel", "csat");

  /** Time fields that may be read only in some statuses, or counted as a duration from another time. */
  private static final Set<String> LIFECYCLE_TIMES = Set.of("first_reply_at", "solved_at", "closed_at");

  /** The times a duration may be counted from. */
  private static final Set<String> DURATION_ORIGINS = Set.of("created_at", "event_at");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

  private Profiles() {}

  /** A built-in profile by name, or a profile file by path. */
  public static SourceProfile load(String nameOrPath) {
    if (BUILT_IN.contains(nameOrPath)) {
      try (InputStream in = Profiles.class.getResourceAsStream("/profiles/" + nameOrPath + ".yaml")) {
        return read(in, "built-in profile " + nameOrPath);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path file = Path.of(nameOrPath);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no profile '" + nameOrPath + "': not a built-in profile ("
          + String.join(", ", BUILT_IN) + ") nor a YAML file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read profile " + file, e);
    }
  }

  static SourceProfile read(InputStream in, String where) throws IOException {
    SourceProfile p;
    String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    try {
      p = YAML.readValue(text, SourceProfile.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(where + ": unknown key '" + e.getPropertyName() + "' at line "
          + lineOf(text, e.getPropertyName(), e.getLocation().getLineNr()) + " (known: "
          + e.getKnownPropertyIds() + ")", e);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(where + ": " + e.getOriginalMessage() + " at line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
    }
    check(p, where);
    return p;
  }

  /** The line where {@code key:} is written (the parser reports where it noticed, often later). */
  private static int lineOf(String text, String key, int reported) {
    String[] lines = text.split("\n", -1);
    Pattern keyLine = Pattern.compile("^\\s*(- )?\"?" + Pattern.quote(key) + "\"?\\s*:");
    for (int i = Math.min(reported, lines.length) - 1; i >= 0; i--) {
      if (keyLine.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return reported;
  }

  private static void check(SourceProfile p, String where) {
    require(p.name() != null, where, "'name' is required");
    require(p.layout() != null, where, "'layout' is required (event_log, snapshots or ticket_rows)");
    require(p.fields() != null, where, "'fields' is required");
    for (String f : p.fields().keySet()) {
      require(FIELDS.contains(f), where, "fields: unknown canonical field '" + f + "' (known: " + FIELDS + ")");
    }
    require(!p.columnsOf("ticket_id").isEmpty(), where, "fields.ticket_id is required");
    if (p.layout() != SourceProfile.Layout.TICKET_ROWS) {
      require(!p.columnsOf("event_at").isEmpty(), where, "fields.event_at is required for layout " + p.layout());
    } else {
      require(!p.columnsOf("created_at").isEmpty(), where, "fields.created_at is required for ticket_rows");
    }
    if (p.values() != null) {
      for (String f : p.values().keySet()) {
        require(VALUE_FIELDS.contains(f), where, "values: '" + f + "' has no vocabulary (known: " + VALUE_FIELDS + ")");
      }
    }
    if (p.tier() != null && p.tier().patterns() != null) {
      for (SourceProfile.TierPattern t : p.tier().patterns()) {
        try {
          Pattern.compile(t.regex());
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(where + ": tier.patterns: bad regular expression '" + t.regex() + "'", e);
        }
        require(t.tier() >= 1 && t.tier() <= 3, where, "tier.patterns: line must be 1, 2 or 3, not " + t.tier());
      }
    }
    p.format().delimiterChar();
    java.nio.charset.Charset.forName(p.format().encodingName());
    checkPicks(p, where);
    checkWhenStatus(p, where);
    checkDurations(p, where);
    if (p.format().jsonLines()) {
      checkJsonPaths(p, where);
    }
  }

  private static void checkPicks(SourceProfile p, String where) {
    if (p.pick() == null) {
      return;
    }
    p.pick().forEach((field, regex) -> {
      require(!p.columnsOf(field).isEmpty(), where, "pick: '" + field + "' is not mapped in fields");
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(where + ": pick." + field + ": bad regular expression '" + regex + "'", e);
      }
    });
  }

  private static void checkWhenStatus(SourceProfile p, String where) {
    if (p.whenStatus() == null) {
      return;
    }
    p.whenStatus().forEach((field, statuses) -> {
      require(LIFECYCLE_TIMES.contains(field), where, "when_status: '" + field + "' must be one of " + LIFECYCLE_TIMES);
      require(!p.columnsOf(field).isEmpty(), where, "when_status: '" + field + "' is not mapped in fields");
      for (String s : statuses) {
        require(Vocabulary.parse(TicketStatus.class, s).isPresent(), where, "when_status." + field + ": '" + s
            + "' is not a canonical status (" + Vocabulary.codes(TicketStatus.class) + ")");
      }
    });
  }

  private static void checkDurations(SourceProfile p, String where) {
    if (p.durations() == null) {
      return;
    }
    p.durations().forEach((field, rule) -> {
      require(field.equals("handle_seconds") || LIFECYCLE_TIMES.contains(field), where,
          "durations: '" + field + "' must be handle_seconds or one of " + LIFECYCLE_TIMES);
      require(!p.columnsOf(field).isEmpty(), where, "durations: '" + field + "' is not mapped in fields");
      require(rule.unit() != null, where, "durations." + field + ".unit is required (seconds, minutes, hours, hh:mm, hh:mm:ss)");
      if (field.equals("handle_seconds")) {
        require(rule.after() == null, where, "durations.handle_seconds takes no 'after': it is a work time, not a time");
      } else {
        require(rule.after() != null && DURATION_ORIGINS.contains(rule.after()), where, "durations." + field
            + ".after must name the time it is counted from, one of " + DURATION_ORIGINS + ", not " + rule.after());
        require(!p.columnsOf(rule.after()).isEmpty(), where, "durations." + field + ".after: '" + rule.after()
            + "' is not mapped in fields");
      }
    });
  }

  private static void checkJsonPaths(SourceProfile p, String where) {
    List<String> columns = new ArrayList<>(p.kept());
    p.fields().values().forEach(columns::addAll);
    if (p.tier() != null && p.tier().column() != null) {
      columns.add(p.tier().column());
    }
    for (String c : columns) {
      try {
        ProfileLineParser.JsonPath.of(c);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": '" + c + "' is not a JSON path: " + e.getMessage(), e);
      }
    }
  }

  private static void require(boolean ok, String where, String message) {
    if (!ok) {
      throw new IllegalArgumentException(where + ": " + message);
    }
  }
}
