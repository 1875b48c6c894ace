package io.staffline.metrics.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;

/**
 * The settings of the per-ticket definitions, each with one default (docs/metrics-ticket-facts.md).
 * Bound from YAML as {@code fcr_reopen_window_days} and {@code one_touch_max_public_replies}; a
 * key left out takes its default.
 *
 * @param fcrReopenWindowDays N: a first-line resolution must not be reopened within N × 24 hours of
 *     the first solve, and is undecided until then (default {@value #DEFAULT_FCR_REOPEN_WINDOW_DAYS})
 * @param oneTouchMaxPublicReplies a solved ticket is one-touch with at most this many public agent
 *     replies (default {@value #DEFAULT_ONE_TOUCH_MAX_PUBLIC_REPLIES}: "fewer than 2")
 */
public record FactsSettings(int fcrReopenWindowDays, int oneTouchMaxPublicReplies)
    implements Serializable {

  public static final int DEFAULT_FCR_REOPEN_WINDOW_DAYS = 7;
  public static final int DEFAULT_ONE_TOUCH_MAX_PUBLIC_REPLIES = 1;
  public static final FactsSettings DEFAULTS = new FactsSettings(
      DEFAULT_FCR_REOPEN_WINDOW_DAYS, DEFAULT_ONE_TOUCH_MAX_PUBLIC_REPLIES);

  public FactsSettings {
    if (fcrReopenWindowDays < 0) {
      throw new IllegalArgumentException("fcr_reopen_window_days must be 0 or more, not "
          + fcrReopenWindowDays);
    }
    if (oneTouchMaxPublicReplies < 0) {
      throw new IllegalArgumentException("one_touch_max_public_replies must be 0 or more, not "
          + oneTouchMaxPublicReplies);
    }
  }

  /** The settings as written in YAML; a missing key takes its default. */
  @JsonCreator
  public static FactsSettings of(
      @JsonProperty("fcr_reopen_window_days") Integer fcrReopenWindowDays,
      @JsonProperty("one_touch_max_public_replies") Integer oneTouchMaxPublicReplies) {
    return new FactsSettings(
        fcrReopenWindowDays == null ? DEFAULT_FCR_REOPEN_WINDOW_DAYS : fcrReopenWindowDays,
        oneTouchMaxPublicReplies == null ? DEFAULT_ONE_TOUCH_MAX_PUBLIC_REPLIES
            : oneTouchMaxPublicReplies);
  }
}
