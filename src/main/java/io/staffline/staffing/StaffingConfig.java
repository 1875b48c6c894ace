package io.staffline.staffing;

import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import io.staffline.ticket.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The settings of {@code staffline staffing} ({@code jobs/staffing.yaml}): per channel the model and
 * its target, per line the shrinkage and, optionally, channels sized differently on that line. A
 * channel or line left out, and every key left out, takes its default ({@link
 * ChannelSettings#defaults}, {@link LineShrinkage#NONE}); a line's channel without an override takes
 * the top-level settings of the channel. Unknown keys, values out of range and settings that do not
 * belong to the channel's model are errors naming the file, the line and the key. Format:
 * docs/staffing.md §11.
 *
 * @param channels the top-level settings of every channel
 * @param lines the shrinkage of every line
 * @param lineChannels per line, the channels whose settings it overrides (a whole replacement:
 *     keys an override leaves out take their defaults, not the top-level values)
 */
public record StaffingConfig(Map<Channel, ChannelSettings> channels, Map<Tier, LineShrinkage> lines,
    Map<Tier, Map<Channel, ChannelSettings>> lineChannels) {

  /** The bundled settings file, relative to the working directory. */
  public static final Path DEFAULT_FILE = Path.of("jobs", "staffing.yaml");

  /** Every channel and line at its defaults. */
  public static final StaffingConfig DEFAULTS = new StaffingConfig(Map.of(), Map.of(), Map.of());

  private static final Set<String> TOP_KEYS = Set.of("channels", "lines");
  private static final Set<String> LINE_KEYS =
      Set.of("planned_shrinkage", "unplanned_shrinkage", "channels");

  public StaffingConfig {
    Map<Channel, ChannelSettings> all = new EnumMap<>(Channel.class);
    for (Channel channel : Channel.values()) {
      all.put(channel, channels.getOrDefault(channel, ChannelSettings.defaults(channel)));
    }
    Map<Tier, LineShrinkage> everyLine = new EnumMap<>(Tier.class);
    Map<Tier, Map<Channel, ChannelSettings>> overrides = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      everyLine.put(tier, lines.getOrDefault(tier, LineShrinkage.NONE));
      overrides.put(tier, Map.copyOf(lineChannels.getOrDefault(tier, Map.of())));
    }
    channels = Map.copyOf(all);
    lines = Map.copyOf(everyLine);
    lineChannels = Map.copyOf(overrides);
  }

  /** How {@code channel}'s queues on line {@code tier} are sized: the line's override, if any. */
  public ChannelSettings channel(Channel channel, Tier tier) {
    return lineChannels.get(tier).getOrDefault(channel, channels.get(channel));
  }

  /**
   * The dotted key those settings are written under: {@code lines.2.channels.phone} for an
   * override, else {@code channels.phone} (also when the file leaves the channel out).
   */
  public String settingsKey(Channel channel, Tier tier) {
    String key = "channels." + channel.code();
    return lineChannels.get(tier).containsKey(channel) ? "lines." + tier.number() + "." + key : key;
  }

  public LineShrinkage line(Tier tier) {
    return lines.get(tier);
  }

  /**
   * These settings with the service level of every live-answer channel moved by {@code change}
   * (0.05 = 5 points): the top-level channels and every line's overrides alike
   * ({@link ChannelSettings#withServiceLevelMovedBy}). A what-if scenario (docs/reports.md).
   *
   * @throws IllegalArgumentException naming the settings key whose share would leave (0, 100%)
   */
  public StaffingConfig withServiceLevelMovedBy(BigDecimal change) {
    if (change.signum() == 0) {
      return this;
    }
    // In file order (channels, then lines), so the first setting at fault is the one named.
    Map<Channel, ChannelSettings> top = new EnumMap<>(Channel.class);
    for (Channel channel : Channel.values()) {
      top.put(channel, moved(channels.get(channel), change, "channels."));
    }
    Map<Tier, Map<Channel, ChannelSettings>> overrides = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      Map<Channel, ChannelSettings> line = new EnumMap<>(Channel.class);
      for (Channel channel : Channel.values()) {
        ChannelSettings s = lineChannels.get(tier).get(channel);
        if (s != null) {
          line.put(channel, moved(s, change, "lines." + tier.number() + ".channels."));
        }
      }
      overrides.put(tier, line);
    }
    return new StaffingConfig(top, lines, overrides);
  }

  private static ChannelSettings moved(ChannelSettings s, BigDecimal change, String prefix) {
    try {
      return s.withServiceLevelMovedBy(change);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(prefix + s.channel().code() + ": " + e.getMessage(), e);
    }
  }

  /**
   * These settings with every line's shrinkage moved by {@code change} (0.05 = 5 points;
   * {@link LineShrinkage#movedBy}). A what-if scenario (docs/reports.md).
   *
   * @throws IllegalArgumentException naming the line whose shrinkage would reach 100%
   */
  public StaffingConfig withShrinkageMovedBy(BigDecimal change) {
    if (change.signum() == 0) {
      return this;
    }
    Map<Tier, LineShrinkage> moved = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      try {
        moved.put(tier, lines.get(tier).movedBy(change));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("lines." + tier.number() + ": " + e.getMessage(), e);
      }
    }
    return new StaffingConfig(channels, moved, lineChannels);
  }

  /** Reads and checks a settings file. */
  public static StaffingConfig load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read staffing settings " + file, e);
    }
  }

  /** Reads and checks settings written in YAML; {@code where} names the source in errors. */
  public static StaffingConfig parse(String yaml, String where) {
    SettingsYaml root = SettingsYaml.parse(yaml, where).allowOnly(TOP_KEYS, "");
    Map<Channel, ChannelSettings> channels = channels(root);
    Map<Tier, LineShrinkage> lines = new EnumMap<>(Tier.class);
    Map<Tier, Map<Channel, ChannelSettings>> lineChannels = new EnumMap<>(Tier.class);
    root.section("lines").ifPresent(section -> {
      for (String key : section.keys()) {
        Tier tier = Tier.parse(key).orElseThrow(() -> section.error(key,
            "unknown line; lines are 1, 2 and 3"));
        SettingsYaml line = section.section(key).orElseThrow().allowOnly(LINE_KEYS, "");
        if (lines.put(tier, shrinkage(line)) != null) {
          throw section.error(key, "line " + tier.number() + " is given twice");
        }
        lineChannels.put(tier, channels(line));
      }
    });
    return new StaffingConfig(channels, lines, lineChannels);
  }

  /** The {@code channels:} section under {@code s}: the top level, or a line's overrides. */
  private static Map<Channel, ChannelSettings> channels(SettingsYaml s) {
    Map<Channel, ChannelSettings> channels = new EnumMap<>(Channel.class);
    s.section("channels").ifPresent(section -> {
      for (String code : section.keys()) {
        Channel channel = Vocabulary.parse(Channel.class, code)
            .filter(c -> c.code().equals(code))
            .orElseThrow(() -> section.error(code, "unknown channel; known: "
                + Vocabulary.codes(Channel.class)));
        channels.put(channel, channel(channel, section.section(code).orElseThrow()));
      }
    });
    return channels;
  }

  private static ChannelSettings channel(Channel channel, SettingsYaml s) {
    ChannelModel model = s.text("model").map(code -> ChannelModel.parse(code).orElseThrow(
            () -> s.error("model", "unknown model '" + code + "'; known: "
                + Arrays.stream(ChannelModel.values()).map(ChannelModel::code).toList())))
        .orElse(ChannelSettings.defaultModel(channel));
    s.allowOnly(model.keys(), " for model " + model.code());
    double aht = positive(s, "default_aht_seconds")
        .orElse(ChannelSettings.defaultAhtSeconds(channel));
    if (model == ChannelModel.BACKLOG) {
      Duration response = s.number("response_business_hours").map(hours -> {
        if (hours.signum() <= 0) {
          throw s.error("response_business_hours", "must be more than 0 hours, not " + hours
              + " (work arriving while the team is closed needs some business time)");
        }
        try {
          return ChannelSettings.hours(hours);
        } catch (ArithmeticException e) {
          throw s.error("response_business_hours", hours + " hours is not a whole number of"
              + " nanoseconds");
        }
      }).orElse(ChannelSettings.DEFAULT_RESPONSE_TARGET);
      ChannelSettings defaults = ChannelSettings.defaults(channel);
      return new ChannelSettings(channel, model, defaults.target(), OptionalDouble.empty(), 1,
          response, aht);
    }
    OptionalDouble patience = optional(positive(s, "patience_seconds"));
    StaffingTarget target = target(s, model, patience.isPresent());
    int concurrency = model == ChannelModel.CHAT ? concurrency(s) : 1;
    return new ChannelSettings(channel, model, target, patience, concurrency,
        ChannelSettings.DEFAULT_RESPONSE_TARGET, aht);
  }

  private static StaffingTarget target(SettingsYaml s, ChannelModel model, boolean patience) {
    double level = s.share("service_level").map(v -> {
      require(s, "service_level", v.signum() > 0 && v.compareTo(BigDecimal.ONE) < 0,
          "must be above 0 and below 100% (100% within a finite time is unattainable), not " + v);
      return v.doubleValue();
    }).orElse(ChannelSettings.DEFAULT_SERVICE_LEVEL);
    double answer = s.number("answer_seconds").map(v -> {
      require(s, "answer_seconds", v.signum() >= 0, "must be 0 or more seconds, not " + v);
      return v.doubleValue();
    }).orElse(ChannelSettings.defaultAnswerSeconds(model));
    ServiceLevelReading reading = s.text("sl_reading").map(code -> reading(s, code))
        .orElse(ChannelSettings.DEFAULT_READING);
    StaffingTarget target = StaffingTarget.of(new ServiceLevelTarget(level, answer, reading));
    Optional<Double> asa = positive(s, "max_asa_seconds");
    if (asa.isPresent()) {
      target = target.withMaxAsa(asa.get());
    }
    Optional<BigDecimal> cap = s.share("max_occupancy");
    if (cap.isPresent()) {
      require(s, "max_occupancy", cap.get().signum() > 0 && cap.get().compareTo(BigDecimal.ONE) <= 0,
          "must be above 0 and at most 100%, not " + cap.get());
      target = target.withMaxOccupancy(cap.get().doubleValue());
    }
    Optional<BigDecimal> abandon = s.share("max_abandonment");
    if (abandon.isPresent()) {
      require(s, "max_abandonment", patience,
          "needs patience_seconds: without a patience nobody abandons (Erlang C)");
      require(s, "max_abandonment",
          abandon.get().signum() > 0 && abandon.get().compareTo(BigDecimal.ONE) < 0,
          "must be above 0 and below 100%, not " + abandon.get());
      target = target.withMaxAbandonment(abandon.get().doubleValue());
    }
    return target;
  }

  private static ServiceLevelReading reading(SettingsYaml s, String code) {
    for (ServiceLevelReading reading : ServiceLevelReading.values()) {
      if (reading.label().equals(code)) {
        return reading;
      }
    }
    throw s.error("sl_reading", "unknown reading '" + code + "'; known: "
        + Arrays.stream(ServiceLevelReading.values()).map(ServiceLevelReading::label).toList());
  }

  private static int concurrency(SettingsYaml s) {
    return s.number("concurrency").map(v -> {
      require(s, "concurrency", v.signum() > 0 && v.stripTrailingZeros().scale() <= 0,
          "must be a whole number of chats, 1 or more, not " + v);
      return v.intValueExact();
    }).orElse(ChannelSettings.DEFAULT_CONCURRENCY);
  }

  private static LineShrinkage shrinkage(SettingsYaml s) {
    BigDecimal planned = shrinkage(s, "planned_shrinkage");
    BigDecimal unplanned = shrinkage(s, "unplanned_shrinkage");
    BigDecimal total = planned.add(unplanned);
    if (total.compareTo(BigDecimal.ONE) >= 0) {
      throw s.error(s.text("unplanned_shrinkage").isPresent() ? "unplanned_shrinkage"
              : "planned_shrinkage", "planned + unplanned shrinkage = " + Text.percent(planned)
          + " + " + Text.percent(unplanned) + " = " + Text.percent(total) + ": must be below 100%"
          + " (nobody would be left to answer)");
    }
    return new LineShrinkage(planned, unplanned);
  }

  private static BigDecimal shrinkage(SettingsYaml s, String key) {
    return s.share(key).map(v -> {
      require(s, key, v.signum() >= 0 && v.compareTo(BigDecimal.ONE) < 0,
          "must be at least 0 and below 100%, not " + Text.percent(v));
      return v;
    }).orElse(BigDecimal.ZERO);
  }

  private static Optional<Double> positive(SettingsYaml s, String key) {
    return s.number(key).map(v -> {
      require(s, key, v.signum() > 0, "must be more than 0, not " + v);
      return v.doubleValue();
    });
  }

  private static OptionalDouble optional(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  private static void require(SettingsYaml s, String key, boolean ok, String message) {
    if (!ok) {
      throw s.error(key, message);
    }
  }
}
