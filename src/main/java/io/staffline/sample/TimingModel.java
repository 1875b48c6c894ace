package io.staffline.sample;

import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long things take: the first reply per channel, the agent work logged on public replies per
 * line, the gaps between steps, the requester's answer to a pending ticket, the rating, the reopen
 * window and the close timer. Defaults are in {@link #defaults()}.
 *
 * @param firstReply per channel: delay from creation to the first public reply, and the share of
 *     tickets (without pending or escalation) solved by that first reply ("one touch")
 * @param handleSeconds per line: the work time logged on each {@code public_reply} event
 * @param followUp per line: the gap between two steps of the same agent on the same line
 * @param queue per line: the wait from arriving on a line (escalation, bounce back) to assignment
 * @param pendingWait the requester's time to answer a pending ticket
 * @param ratingDelay from the last solve to the rating; its cap is below the close timer
 * @param reopenMinDays earliest reopen after a solve, in days
 * @param reopenMaxDays latest reopen after a solve, in days (uniform in between)
 * @param closeAfterDays the close timer: a ticket closes this long after its last solve
 */
public record TimingModel(
    Map<Channel, FirstReply> firstReply,
    Map<Tier, Lognormal> handleSeconds,
    Map<Tier, Delay> followUp,
    Map<Tier, Delay> queue,
    Delay pendingWait,
    Delay ratingDelay,
    double reopenMinDays,
    double reopenMaxDays,
    double closeAfterDays) {

  /** The first reply on a channel and its one-touch share. */
  public record FirstReply(Delay delay, double oneTouch) {
    public FirstReply {
      if (!(oneTouch >= 0 && oneTouch <= 1)) {
        throw new IllegalArgumentException("timings.firstReply.oneTouch must be in [0, 1]");
      }
    }
  }

  public TimingModel {
    firstReply = Collections.unmodifiableMap(new EnumMap<>(firstReply));
    handleSeconds = allLines("timings.handleSeconds", handleSeconds);
    followUp = allLines("timings.followUp", followUp);
    queue = allLines("timings.queue", queue);
    if (!(reopenMinDays >= 0 && reopenMaxDays >= reopenMinDays)) {
      throw new IllegalArgumentException("timings.reopenMinDays/reopenMaxDays must satisfy"
          + " 0 <= min <= max, not " + reopenMinDays + "/" + reopenMaxDays);
    }
    if (!(closeAfterDays > 0) || ratingDelay.maxSeconds() >= closeAfterSeconds(closeAfterDays)) {
      throw new IllegalArgumentException("timings.ratingDelay.maxSeconds ("
          + ratingDelay.maxSeconds() + ") must be below timings.closeAfterDays (" + closeAfterDays
          + " days) so that the rating comes before the close");
    }
  }

  private static <V> Map<Tier, V> allLines(String setting, Map<Tier, V> byLine) {
    for (Tier t : Tier.values()) {
      if (byLine.get(t) == null) {
        throw new IllegalArgumentException(setting + " has no value for line " + t.number());
      }
    }
    return Collections.unmodifiableMap(new EnumMap<>(byLine));
  }

  private static long closeAfterSeconds(double days) {
    return Math.round(days * 86_400);
  }

  public long closeAfterSeconds() {
    return closeAfterSeconds(closeAfterDays);
  }

  /**
   * The longest a ticket can take from creation to its line-1 outcome (solved or escalated): the
   * capped first reply, pending wait and two line-1 follow-ups. Tickets created earlier than this
   * before the export time show their line-1 outcome in the export.
   */
  public long lineOneOutcomeMaxSeconds() {
    long firstReplyMax = firstReply.values().stream()
        .mapToLong(f -> f.delay().maxSeconds()).max().orElse(0);
    return firstReplyMax + pendingWait.maxSeconds() + 2 * followUp.get(Tier.LINE_1).maxSeconds();
  }

  /** The documented defaults (docs/generator.md). */
  public static TimingModel defaults() {
    Map<Channel, FirstReply> firstReply = new EnumMap<>(Channel.class);
    firstReply.put(Channel.PHONE, new FirstReply(new Delay(25, 0.8, 900), 0.70));
    firstReply.put(Channel.EMAIL, new FirstReply(Delay.hours(2, 1.0, 72), 0.25));
    firstReply.put(Channel.CHAT, new FirstReply(new Delay(60, 0.9, 1_800), 0.55));
    firstReply.put(Channel.WEB, new FirstReply(Delay.hours(2, 1.1, 72), 0.25));
    Map<Tier, Lognormal> handle = new EnumMap<>(Tier.class);
    handle.put(Tier.LINE_1, new Lognormal(360, 0.7));
    handle.put(Tier.LINE_2, new Lognormal(900, 0.8));
    handle.put(Tier.LINE_3, new Lognormal(1_800, 0.9));
    Map<Tier, Delay> followUp = new EnumMap<>(Tier.class);
    followUp.put(Tier.LINE_1, Delay.minutes(45, 1.0, 24 * 60));
    followUp.put(Tier.LINE_2, Delay.hours(3, 1.0, 72));
    followUp.put(Tier.LINE_3, Delay.hours(8, 1.0, 120));
    Map<Tier, Delay> queue = new EnumMap<>(Tier.class);
    queue.put(Tier.LINE_1, Delay.minutes(30, 1.0, 24 * 60));
    queue.put(Tier.LINE_2, Delay.hours(1, 1.0, 48));
    queue.put(Tier.LINE_3, Delay.hours(4, 1.0, 72));
    return new TimingModel(firstReply, handle, followUp, queue,
        Delay.hours(10, 1.2, 7 * 24),
        Delay.hours(6, 1.2, 72),
        1.0, 5.0, 4.0);
  }
}
