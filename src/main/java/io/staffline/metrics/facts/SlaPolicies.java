package io.staffline.metrics.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.staffline.ticket.Priority;
import io.staffline.ticket.Vocabulary;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SLA policies of {@code jobs/sla.yaml}: for each priority a first-reply and a resolution
 * target, each optional. A priority or metric without a policy has no SLA outcome. Format and
 * defaults: docs/metrics-ticket-facts.md §SLA.
 *
 * @param policies priority code ({@code urgent}, {@code high}, {@code normal}, {@code low}) →
 *     its targets
 */
public record SlaPolicies(@JsonProperty("policies") Map<String, PriorityTargets> policies)
    implements Serializable {

  /** The bundled policy file, relative to the working directory. */
  public static final Path DEFAULT_FILE = Path.of("jobs", "sla.yaml");

  /** No SLA at all. */
  public static final SlaPolicies NONE = new SlaPolicies(Map.of());

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * The targets of one priority.
   *
   * @param firstReply null: no first-reply target
   * @param resolution null: no resolution target
   */
  public record PriorityTargets(
      @JsonProperty("first_reply") SlaPolicy firstReply,
      @JsonProperty("resolution") SlaPolicy resolution) implements Serializable {

    SlaPolicy of(SlaMetric metric) {
      return metric == SlaMetric.FIRST_REPLY ? firstReply : resolution;
    }
  }

  public SlaPolicies {
    // Jackson hands in null for a missing map; keep insertion order for messages and equality.
    policies = policies == null ? null : java.util.Collections.unmodifiableMap(
        new LinkedHashMap<>(policies));
  }

  /**
   * Reads and checks a policy file.
   *
   * @throws IllegalArgumentException naming the file, line and key at fault: an unknown key, a
   *     missing or bad value, an unknown priority
   */
  public static SlaPolicies load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SLA policies " + file, e);
    }
    return parse(text, file.toString());
  }

  /** Reads and checks policies written in YAML; {@code where} names the source in errors. */
  public static SlaPolicies parse(String yaml, String where) {
    if (yaml.isBlank()) {
      throw new IllegalArgumentException(where + ": empty file; write 'policies: {}' for no SLA");
    }
    SlaPolicies bound;
    try {
      bound = YAML.readValue(yaml, SlaPolicies.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(where + " line " + lineOf(yaml, e.getPropertyName(),
          e.getLocation()) + ": unknown key '" + e.getPropertyName() + "'" + at(parentPath(e))
          + " (known: " + new TreeSet<>(e.getKnownPropertyIds()) + ")", e);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(where + line(e.getLocation()) + ": "
          + path(e) + ": " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(where + line(e.getLocation()) + ": "
          + e.getOriginalMessage(), e);
    }
    if (bound == null) {
      throw new IllegalArgumentException(where + ": empty file; write 'policies: {}' for no SLA");
    }
    return bound.checked(where);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The policy for a ticket of {@code priority} (its code, any case) and {@code metric}; empty
   * when there is none or the priority is null or unknown.
   */
  public Optional<SlaPolicy> policy(String priority, SlaMetric metric) {
    return Vocabulary.parse(Priority.class, priority)
        .map(p -> policies.get(p.code()))
        .map(targets -> targets.of(metric));
  }

  /** Checks every setting; errors start with {@code where} and name the key. */
  SlaPolicies checked(String where) {
    if (policies == null) {
      throw new IllegalArgumentException(where + ": policies: missing; write 'policies: {}' for"
          + " no SLA");
    }
    policies.forEach((priority, targets) -> {
      String at = where + ": policies." + priority;
      if (Vocabulary.parse(Priority.class, priority).filter(p -> p.code().equals(priority))
          .isEmpty()) {
        throw new IllegalArgumentException(at + ": unknown priority; known: "
            + Vocabulary.codes(Priority.class));
      }
      if (targets == null) {
        throw new IllegalArgumentException(at + ": empty; give first_reply and/or resolution,"
            + " or leave the priority out");
      }
      check(at + ".first_reply", targets.firstReply(), SlaMetric.FIRST_REPLY);
      check(at + ".resolution", targets.resolution(), SlaMetric.RESOLUTION);
    });
    return this;
  }

  private static void check(String at, SlaPolicy policy, SlaMetric metric) {
    if (policy == null) {
      return;
    }
    if (policy.targetMinutes() == null || policy.targetMinutes() <= 0) {
      throw new IllegalArgumentException(at + ".target_minutes: "
          + (policy.targetMinutes() == null ? "missing" : "must be more than 0, not "
          + policy.targetMinutes()));
    }
    if (policy.business() == null) {
      throw new IllegalArgumentException(at + ".business: missing; true for business minutes of"
          + " the entry team's calendar, false for calendar minutes");
    }
    if (metric == SlaMetric.FIRST_REPLY && policy.reopenCycle() != null) {
      throw new IllegalArgumentException(at + ".reopen_cycle: only resolution targets have a"
          + " reopen cycle");
    }
  }

  /**
   * The line where {@code key:} is written: the parser reports where it noticed the key, which in
   * block style is the next line.
   */
  private static int lineOf(String text, String key, JsonLocation reported) {
    String[] lines = text.split("\n", -1);
    int from = reported == null || reported.getLineNr() < 1 ? lines.length
        : Math.min(reported.getLineNr(), lines.length);
    Pattern keyLine = Pattern.compile("(^|[\\s{,])[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
    for (int i = from - 1; i >= 0; i--) {
      if (keyLine.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return from;
  }

  private static String line(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
  }

  private static String at(String path) {
    return path.isEmpty() ? "" : " at " + path;
  }

  /** The dotted key path of a binding error, e.g. {@code policies.high.first_reply.business}. */
  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String parentPath(JsonMappingException e) {
    String full = path(e);
    int cut = full.lastIndexOf('.');
    return cut < 0 ? "" : full.substring(0, cut);
  }

  /** Builds policies in plain Java (tests, defaults), checked like a file. */
  public static final class Builder {
    private final Map<Priority, SlaPolicy> firstReply = new EnumMap<>(Priority.class);
    private final Map<Priority, SlaPolicy> resolution = new EnumMap<>(Priority.class);

    private Builder() {}

    public Builder firstReply(Priority priority, SlaPolicy policy) {
      firstReply.put(priority, policy);
      return this;
    }

    public Builder resolution(Priority priority, SlaPolicy policy) {
      resolution.put(priority, policy);
      return this;
    }

    public SlaPolicies build() {
      Map<String, PriorityTargets> policies = new LinkedHashMap<>();
      for (Priority priority : Priority.values()) {
        if (firstReply.containsKey(priority) || resolution.containsKey(priority)) {
          policies.put(priority.code(),
              new PriorityTargets(firstReply.get(priority), resolution.get(priority)));
        }
      }
      return new SlaPolicies(policies).checked("SLA policies");
    }
  }
}
