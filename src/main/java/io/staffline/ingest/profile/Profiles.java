package io.staffline.ingest.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Loads mapping profiles: built in (by name) or from a YAML file (by path), and checks them. */
public final class Profiles {
  /** The profiles shipped in src/main/resources/profiles. */
  public static final List<String> BUILT_IN = List.of(
      "servicenow-incident-log", "bpic2013-vinst");

  /** Canonical fields a profile may map. */
  public static final Set<String> FIELDS = Set.of("ticket_id", "event_at", "order", "created_at",
      "status", "team", "tier", "agent_id", "priority", "channel", "category", "requester_id",
      "org_id", "first_reply_at", "solved_at", "closed_at", "csat", "handle_seconds");

  private static final Set<String> VALUE_FIELDS = Set.of("status", "priority", "channel", "csat");

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
    if (p.format() != null) {
      p.format().delimiterChar();
      java.nio.charset.Charset.forName(p.format().encodingName());
    }
  }

  private static void require(boolean ok, String where, String message) {
    if (!ok) {
      throw new IllegalArgumentException(where + ": " + message);
    }
  }
}
