package io.staffline.staffing;

import io.staffline.ticket.Channel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How one channel's queues are staffed: the model, its target, and the AHT to use where the
 * forecast has none. Every setting has its one default here; jobs/staffing.yaml overrides them
 * (format: docs/staffing.md §11).
 *
 * @param model how the queues are sized
 * @param target the live-answer target (erlang, chat); unused by backlog
 * @param patienceSeconds mean patience: switches erlang and chat to Erlang A
 * @param concurrency chats one agent runs at once (chat only; 1 otherwise)
 * @param responseTarget business time within which deferred work is answered (backlog only)
 * @param defaultAhtSeconds the AHT of intervals the forecast gives none for
 */
public record ChannelSettings(Channel channel, ChannelModel model, StaffingTarget target,
    OptionalDouble patienceSeconds, int concurrency, Duration responseTarget,
    double defaultAhtSeconds) {

  /** Keys every channel may give. */
  static final Set<String> COMMON_KEYS = Set.of("model", "default_aht_seconds");
  /** Keys of the live-answer models. */
  static final Set<String> QUEUE_KEYS = union(COMMON_KEYS, Set.of("service_level",
      "answer_seconds", "sl_reading", "max_asa_seconds", "max_occupancy", "patience_seconds",
      "max_abandonment"));
  static final Set<String> CHAT_KEYS = union(QUEUE_KEYS, Set.of("concurrency"));
  static final Set<String> BACKLOG_KEYS = union(COMMON_KEYS, Set.of("response_business_hours"));

  public static final double DEFAULT_SERVICE_LEVEL = 0.8;
  public static final double DEFAULT_ANSWER_SECONDS = 20;
  public static final double DEFAULT_CHAT_ANSWER_SECONDS = 60;
  public static final ServiceLevelReading DEFAULT_READING = ServiceLevelReading.ANSWERED_WITHIN;
  public static final int DEFAULT_CONCURRENCY = 2;
  public static final Duration DEFAULT_RESPONSE_TARGET = Duration.ofHours(8);

  public ChannelSettings {
    if (!(defaultAhtSeconds > 0 && Double.isFinite(defaultAhtSeconds))) {
      throw new IllegalArgumentException("default AHT must be more than 0 s, got "
          + defaultAhtSeconds);
    }
  }

  /** The model a channel uses when jobs/staffing.yaml says nothing. */
  public static ChannelModel defaultModel(Channel channel) {
    return switch (channel) {
      case PHONE -> ChannelModel.ERLANG;
      case CHAT -> ChannelModel.CHAT;
      case EMAIL, WEB, API, OTHER -> ChannelModel.BACKLOG;
    };
  }

  /** The AHT used where the forecast has none and jobs/staffing.yaml gives no default. */
  public static double defaultAhtSeconds(Channel channel) {
    return switch (channel) {
      case PHONE -> 300;
      case CHAT -> 600;
      case EMAIL, WEB, API, OTHER -> 480;
    };
  }

  /** The default answer time of a live-answer model: chats are expected to wait longer. */
  public static double defaultAnswerSeconds(ChannelModel model) {
    return model == ChannelModel.CHAT ? DEFAULT_CHAT_ANSWER_SECONDS : DEFAULT_ANSWER_SECONDS;
  }

  /** Every setting at its default. */
  public static ChannelSettings defaults(Channel channel) {
    ChannelModel model = defaultModel(channel);
    return new ChannelSettings(channel, model,
        StaffingTarget.of(new ServiceLevelTarget(DEFAULT_SERVICE_LEVEL,
            defaultAnswerSeconds(model), DEFAULT_READING)),
        OptionalDouble.empty(), model == ChannelModel.CHAT ? DEFAULT_CONCURRENCY : 1,
        DEFAULT_RESPONSE_TARGET, defaultAhtSeconds(channel));
  }

  /**
   * These settings with the service-level share moved by {@code change} (0.05 = 5 points), added in
   * decimal (80% + 5 points is 0.85, not 0.8500000000000001); the answer time, the reading and the
   * other limits stay. Deferred work has a response target, not a service level: returned as is.
   *
   * @throws IllegalArgumentException when the moved share is not above 0 and below 100%
   */
  public ChannelSettings withServiceLevelMovedBy(BigDecimal change) {
    if (!model.answersLive() || change.signum() == 0) {
      return this;
    }
    ServiceLevelTarget level = target.serviceLevel();
    BigDecimal moved = BigDecimal.valueOf(level.fraction()).add(change);
    if (moved.signum() <= 0 || moved.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("service level " + Text.share(level.fraction())
          + (change.signum() > 0 ? " + " : " − ") + Text.points(change.abs()) + " = "
          + Text.percent(moved) + ": must be above 0 and below 100%");
    }
    return new ChannelSettings(channel, model,
        target.withServiceLevel(level.withFraction(moved.doubleValue())), patienceSeconds,
        concurrency, responseTarget, defaultAhtSeconds);
  }

  /** The queue sizing these settings describe. */
  QueueSizing sizing() {
    return model.sizing(this);
  }

  /** {@code hours} of business time, exactly (to the nanosecond). */
  static Duration hours(BigDecimal hours) {
    return Duration.ofNanos(hours.movePointRight(9).multiply(BigDecimal.valueOf(3600))
        .longValueExact());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
