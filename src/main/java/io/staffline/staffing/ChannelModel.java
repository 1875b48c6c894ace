package io.staffline.staffing;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * How the queues of a channel are sized, by the name used in jobs/staffing.yaml, each with its
 * sizing and the settings it reads (docs/staffing.md §11).
 */
public enum ChannelModel {
  /** Contacts answered live (phone): Erlang C, or Erlang A when a mean patience is set. */
  ERLANG(IntervalSizing::new, ChannelSettings.QUEUE_KEYS, true),
  /** Chat with concurrency k over the phone-style model (Erlang C, or A with a patience). */
  CHAT(IntervalSizing::new, ChannelSettings.CHAT_KEYS, true),
  /** Deferred work (email, web, api): the fluid backlog model with a business-hours target. */
  BACKLOG(BacklogSizing::new, ChannelSettings.BACKLOG_KEYS, false);

  private final Function<ChannelSettings, QueueSizing> sizing;
  private final Set<String> keys;
  private final boolean liveAnswer;

  ChannelModel(Function<ChannelSettings, QueueSizing> sizing, Set<String> keys,
      boolean liveAnswer) {
    this.sizing = sizing;
    this.keys = keys;
    this.liveAnswer = liveAnswer;
  }

  /**
   * True for the live-answer models: each interval is sized on its own, against a service-level
   * target; deferred work is sized once over the whole horizon, against a response target.
   */
  public boolean answersLive() {
    return liveAnswer;
  }

  /** The name in jobs/staffing.yaml. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The settings keys a channel on this model may give. */
  Set<String> keys() {
    return keys;
  }

  QueueSizing sizing(ChannelSettings settings) {
    return sizing.apply(settings);
  }

  /** The model called {@code code}, if any. */
  static java.util.Optional<ChannelModel> parse(String code) {
    for (ChannelModel model : values()) {
      if (model.code().equals(code)) {
        return java.util.Optional.of(model);
      }
    }
    return java.util.Optional.empty();
  }
}
