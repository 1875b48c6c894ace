package io.staffline.rota;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.staffline.ticket.Level;
import io.staffline.ticket.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shift-options file ({@code jobs/shifts.yaml}) as bound by Jackson, and its strict reader:
 * an unknown key, a missing or bad value is an error naming the file, the line and the key path
 * (e.g. {@code shifts[1].breaks[0].start_within}). Format and defaults: docs/rota.md §settings.
 */
public record ShiftsConfig(
    @JsonProperty("time_zone") String timeZone,
    @JsonProperty("fte_hours_per_week") BigDecimal fteHoursPerWeek,
    @JsonProperty("minimum_on_duty") Integer minimumOnDuty,
    @JsonProperty("nights") NightsSpec nights,
    @JsonProperty("tours") Map<String, String> tours,
    @JsonProperty("shifts") List<ShiftSpec> shifts,
    @JsonProperty("rules") List<RuleSpec> rules,
    @JsonProperty("level_mix") LevelMixSpec levelMix,
    @JsonProperty("costs") CostsSpec costs) {

  /** The bundled file, relative to the working directory. */
  public static final Path DEFAULT_FILE = Path.of("jobs", "shifts.yaml");
  /** Defaults of the optional settings (docs/rota.md §settings). */
  public static final BigDecimal DEFAULT_FTE_HOURS = BigDecimal.valueOf(40);
  public static final int DEFAULT_MINIMUM_ON_DUTY = 1;
  public static final NightRule DEFAULT_NIGHTS = new NightRule(LocalTime.of(23, 0), LocalTime.of(6, 0), 120);

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Pattern START_RANGE =
      Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s+every\\s+(\\d{1,2}:\\d{2})");
  private static final Pattern OFFSET_RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

  /** @param from window start {@code HH:mm}; @param to window end; @param moreThanHours night when more than this lies inside */
  public record NightsSpec(@JsonProperty("from") String from, @JsonProperty("to") String to,
      @JsonProperty("more_than_hours") BigDecimal moreThanHours) {}

  /**
   * One shift type.
   *
   * @param starts {@code HH:mm} or a range {@code 05:00-14:00 every 1:00} (both ends included)
   */
  public record ShiftSpec(@JsonProperty("name") String name, @JsonProperty("length_hours") BigDecimal lengthHours,
      @JsonProperty("starts") List<String> starts, @JsonProperty("breaks") List<BreakSpec> breaks,
      @JsonProperty("tours") List<String> tours) {}

  /** @param startWithin {@code h:mm-h:mm} after the shift's start, both ends included */
  public record BreakSpec(@JsonProperty("minutes") Integer minutes, @JsonProperty("paid") Boolean paid,
      @JsonProperty("start_within") String startWithin) {}

  /** One on-duty rule ({@link OnDutyRule}). */
  public record RuleSpec(@JsonProperty("name") String name, @JsonProperty("lines") List<Integer> lines,
      @JsonProperty("levels") List<String> levels, @JsonProperty("at_least") Integer atLeast,
      @JsonProperty("each_line") Boolean eachLine) {}

  /** @param tolerance share above the roster share a level may take, e.g. 0.10 */
  public record LevelMixSpec(@JsonProperty("tolerance") BigDecimal tolerance) {}

  /**
   * Costs of the cost objective.
   *
   * @param hourly level (or {@code default}) → pay per paid hour
   */
  public record CostsSpec(@JsonProperty("currency") String currency,
      @JsonProperty("hourly") Map<String, BigDecimal> hourly,
      @JsonProperty("under_coverage_per_agent_interval") BigDecimal underCoverage) {}

  /** Reads and checks a shift-options file. */
  public static ShiftOptions load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read shift options " + file, e);
    }
  }

  /** Reads and checks shift options written in YAML; {@code where} names the source in errors. */
  public static ShiftOptions parse(String yaml, String where) {
    ShiftsConfig bound;
    try {
      bound = YAML.readValue(yaml, ShiftsConfig.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(where + keyLine(yaml, e) + ": unknown key '" + e.getPropertyName() + "' at "
          + keyPath(e) + " (known there: " + new TreeSet<>(e.getKnownPropertyIds()) + ")", e);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(where + lineOf(e) + ": " + keyPath(e) + ": " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(where + lineOf(e) + ": " + e.getOriginalMessage(), e);
    }
    if (bound == null) {
      throw new IllegalArgumentException(where + ": empty file; time_zone, tours and shifts are required");
    }
    try {
      return bound.toOptions();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  /** Converts and checks every setting; errors name the key path. */
  public ShiftOptions toOptions() {
    ZoneId zone = toZone();
    Map<String, Tour> tourMap = toTours();
    List<ShiftType> shiftTypes = new ArrayList<>();
    if (shifts == null || shifts.isEmpty()) {
      throw new IllegalArgumentException("shifts: missing; offer at least one shift type");
    }
    Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < shifts.size(); i++) {
      ShiftType t = shift("shifts[" + i + "]", shifts.get(i), tourMap);
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("shifts[" + i + "].name: '" + t.name() + "' is used twice");
      }
      shiftTypes.add(t);
    }
    List<OnDutyRule> ruleList = new ArrayList<>();
    List<RuleSpec> ruleSpecs = rules == null ? List.of() : rules;
    for (int i = 0; i < ruleSpecs.size(); i++) {
      ruleList.add(rule("rules[" + i + "]", ruleSpecs.get(i)));
    }
    double fte = positive("fte_hours_per_week", fteHoursPerWeek == null ? DEFAULT_FTE_HOURS : fteHoursPerWeek).doubleValue();
    int minimum = minimumOnDuty == null ? DEFAULT_MINIMUM_ON_DUTY : minimumOnDuty;
    if (minimum < 0) {
      throw new IllegalArgumentException("minimum_on_duty: must be ≥ 0, not " + minimum);
    }
    return new ShiftOptions(zone, fte, minimum, tourMap, shiftTypes, ruleList, toLevelMix(), toCosts(), toNights());
  }

  private ZoneId toZone() {
    if (timeZone == null) {
      throw new IllegalArgumentException("time_zone: missing; give the planning zone, e.g. Europe/Berlin");
    }
    try {
      return ZoneId.of(timeZone.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("time_zone: '" + timeZone + "' is not a time zone (IANA name such as Europe/Berlin, or UTC)", e);
    }
  }

  private Map<String, Tour> toTours() {
    if (tours == null || tours.isEmpty()) {
      throw new IllegalArgumentException("tours: missing; e.g. 5on2off: WWWWWOO");
    }
    Map<String, Tour> map = new LinkedHashMap<>();
    tours.forEach((name, days) -> {
      try {
        map.put(name, Tour.parse(name, days == null ? "" : days.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("tours." + name + ": " + e.getMessage(), e);
      }
    });
    return map;
  }

  private static ShiftType shift(String at, ShiftSpec spec, Map<String, Tour> tourMap) {
    if (spec == null || spec.name() == null || spec.name().isBlank()) {
      throw new IllegalArgumentException(at + ".name: missing");
    }
    if (spec.lengthHours() == null) {
      throw new IllegalArgumentException(at + ".length_hours: missing (e.g. 8)");
    }
    int length = wholeMinutes(at + ".length_hours", spec.lengthHours().multiply(BigDecimal.valueOf(60)));
    if (length <= 0 || length > 16 * 60) {
      throw new IllegalArgumentException(at + ".length_hours: must be above 0 and at most 16, not " + spec.lengthHours());
    }
    if (spec.starts() == null || spec.starts().isEmpty()) {
      throw new IllegalArgumentException(at + ".starts: missing; e.g. [\"07:00\", \"06:00-10:00 every 1:00\"]");
    }
    Set<LocalTime> starts = new java.util.TreeSet<>();
    for (int i = 0; i < spec.starts().size(); i++) {
      starts.addAll(starts(at + ".starts[" + i + "]", spec.starts().get(i)));
    }
    List<BreakWindow> breaks = new ArrayList<>();
    List<BreakSpec> breakSpecs = spec.breaks() == null ? List.of() : spec.breaks();
    for (int i = 0; i < breakSpecs.size(); i++) {
      breaks.add(breakWindow(at + ".breaks[" + i + "]", breakSpecs.get(i), length));
    }
    if (spec.tours() == null || spec.tours().isEmpty()) {
      throw new IllegalArgumentException(at + ".tours: missing; name at least one of " + tourMap.keySet());
    }
    for (int i = 0; i < spec.tours().size(); i++) {
      if (!tourMap.containsKey(spec.tours().get(i))) {
        throw new IllegalArgumentException(at + ".tours[" + i + "]: unknown tour '" + spec.tours().get(i)
            + "' (known: " + tourMap.keySet() + ")");
      }
    }
    return new ShiftType(spec.name().strip(), length, List.copyOf(starts), breaks, spec.tours());
  }

  private static List<LocalTime> starts(String at, String text) {
    if (text == null) {
      throw new IllegalArgumentException(at + ": empty");
    }
    Matcher range = START_RANGE.matcher(text.strip());
    if (range.matches()) {
      int from = clock(at, range.group(1));
      int to = clock(at, range.group(2));
      int every = offset(at, range.group(3));
      if (every <= 0 || to < from) {
        throw new IllegalArgumentException(at + ": '" + text + "' needs from ≤ to and a step above 0");
      }
      List<LocalTime> list = new ArrayList<>();
      for (int m = from; m <= to; m += every) {
        list.add(LocalTime.of(m / 60, m % 60));
      }
      return list;
    }
    int m = clock(at, text.strip());
    return List.of(LocalTime.of(m / 60, m % 60));
  }

  private static BreakWindow breakWindow(String at, BreakSpec spec, int shiftLength) {
    if (spec == null || spec.minutes() == null || spec.minutes() <= 0) {
      throw new IllegalArgumentException(at + ".minutes: " + (spec == null || spec.minutes() == null ? "missing" : "must be above 0"));
    }
    if (spec.paid() == null) {
      throw new IllegalArgumentException(at + ".paid: missing; true for a paid break, false for an unpaid one");
    }
    if (spec.startWithin() == null) {
      throw new IllegalArgumentException(at + ".start_within: missing; e.g. \"3:00-4:00\" after the shift's start");
    }
    Matcher m = OFFSET_RANGE.matcher(spec.startWithin().strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(at + ".start_within: '" + spec.startWithin() + "' is not a window h:mm-h:mm");
    }
    int from = offset(at + ".start_within", m.group(1));
    int to = offset(at + ".start_within", m.group(2));
    if (to < from || to + spec.minutes() > shiftLength) {
      throw new IllegalArgumentException(at + ".start_within: '" + spec.startWithin()
          + "' must run forwards and the break must end by the shift's end");
    }
    return new BreakWindow(spec.minutes(), spec.paid(), from, to);
  }

  private static OnDutyRule rule(String at, RuleSpec spec) {
    if (spec == null || spec.name() == null) {
      throw new IllegalArgumentException(at + ".name: missing");
    }
    if (spec.atLeast() == null || spec.atLeast() < 1) {
      throw new IllegalArgumentException(at + ".at_least: " + (spec.atLeast() == null ? "missing" : "must be ≥ 1"));
    }
    Set<Integer> lines = new java.util.TreeSet<>();
    List<Integer> given = spec.lines() == null ? List.of() : spec.lines();
    for (int i = 0; i < given.size(); i++) {
      Integer line = given.get(i);
      if (line == null || line < 1 || line > 3) {
        throw new IllegalArgumentException(at + ".lines[" + i + "]: a support line is 1, 2 or 3, not " + line);
      }
      lines.add(line);
    }
    Set<Level> levels = EnumSet.noneOf(Level.class);
    List<String> levelNames = spec.levels() == null ? List.of() : spec.levels();
    for (int i = 0; i < levelNames.size(); i++) {
      levels.add(level(at + ".levels[" + i + "]", levelNames.get(i)));
    }
    return new OnDutyRule(spec.name(), lines, levels, spec.atLeast(), spec.eachLine() == null || spec.eachLine());
  }

  private Optional<BigDecimal> toLevelMix() {
    if (levelMix == null) {
      return Optional.empty();
    }
    BigDecimal t = levelMix.tolerance();
    if (t == null || t.signum() < 0 || t.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("level_mix.tolerance: " + (t == null ? "missing" : "must be between 0 and 1, not " + t));
    }
    return Optional.of(t);
  }

  private Costs toCosts() {
    if (costs == null) {
      return null;
    }
    if (costs.hourly() == null || !costs.hourly().containsKey("default")) {
      throw new IllegalArgumentException("costs.hourly.default: missing; the pay per hour of agents whose level is not listed");
    }
    Map<Level, Long> byLevel = new EnumMap<>(Level.class);
    long defaultCents = 0;
    for (Map.Entry<String, BigDecimal> e : costs.hourly().entrySet()) {
      String at = "costs.hourly." + e.getKey();
      long cents = money(at, e.getValue());
      if (e.getKey().equals("default")) {
        defaultCents = cents;
      } else {
        byLevel.put(level(at, e.getKey()), cents);
      }
    }
    if (costs.underCoverage() == null) {
      throw new IllegalArgumentException("costs.under_coverage_per_agent_interval: missing; the penalty for one agent missing in one interval");
    }
    return new Costs(costs.currency() == null ? "" : costs.currency(), byLevel, defaultCents,
        money("costs.under_coverage_per_agent_interval", costs.underCoverage()));
  }

  private NightRule toNights() {
    if (nights == null) {
      return DEFAULT_NIGHTS;
    }
    if (nights.from() == null || nights.to() == null || nights.moreThanHours() == null) {
      throw new IllegalArgumentException("nights: give from, to and more_than_hours (e.g. 23:00, 06:00, 2)");
    }
    int from = clock("nights.from", nights.from());
    int to = clock("nights.to", nights.to());
    int more = wholeMinutes("nights.more_than_hours", nights.moreThanHours().multiply(BigDecimal.valueOf(60)));
    return new NightRule(LocalTime.of(from / 60, from % 60), LocalTime.of(to / 60, to % 60), more);
  }

  private static long money(String at, BigDecimal amount) {
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException(at + ": " + (amount == null ? "missing" : "must be ≥ 0, not " + amount));
    }
    try {
      return Costs.cents(amount);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static Level level(String at, String name) {
    return Vocabulary.parse(Level.class, name).filter(l -> l.code().equals(name.strip()))
        .orElseThrow(() -> new IllegalArgumentException(at + ": '" + name + "' is not a level (known: "
            + Vocabulary.codes(Level.class) + ")"));
  }

  private static BigDecimal positive(String at, BigDecimal v) {
    if (v.signum() <= 0) {
      throw new IllegalArgumentException(at + ": must be above 0, not " + v);
    }
    return v;
  }

  private static int wholeMinutes(String at, BigDecimal minutes) {
    try {
      return minutes.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(at + ": must be a whole number of minutes", e);
    }
  }

  /** {@code HH:mm} on the clock, 00:00 to 23:59. */
  private static int clock(String at, String text) {
    int m = offset(at, text);
    if (m >= 24 * 60) {
      throw new IllegalArgumentException(at + ": '" + text + "' is not a time of day 00:00-23:59");
    }
    return m;
  }

  /** {@code h:mm}, minutes after some moment. */
  private static int offset(String at, String text) {
    Matcher m = Pattern.compile("(\\d{1,2}):(\\d{2})").matcher(text == null ? "" : text.strip());
    if (!m.matches() || Integer.parseInt(m.group(2)) >= 60) {
      throw new IllegalArgumentException(at + ": '" + text + "' is not a time h:mm");
    }
    return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
  }

  private static String keyPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  /**
   * The line holding the unknown key: the parser notices it where the key's value ends, so look
   * back from there for the line that writes {@code key:}.
   */
  private static String keyLine(String yaml, UnrecognizedPropertyException e) {
    String[] lines = yaml.split("\n", -1);
    int noticed = e.getLocation() == null ? lines.length : Math.min(Math.max(e.getLocation().getLineNr(), 1), lines.length);
    Pattern written = Pattern.compile("(^|[\\s{,\\-])[\"']?" + Pattern.quote(e.getPropertyName()) + "[\"']?\\s*:");
    for (int i = noticed - 1; i >= 0; i--) {
      if (written.matcher(lines[i]).find()) {
        return " line " + (i + 1);
      }
    }
    return lineOf(e);
  }

  private static String lineOf(JacksonException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " line " + e.getLocation().getLineNr();
  }
}
