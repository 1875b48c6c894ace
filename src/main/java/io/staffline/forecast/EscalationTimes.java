package io.staffline.forecast;

import io.staffline.metrics.stats.Percentiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times to escalate, from ticket facts (docs/forecasting.md §cascade): for a move up into line L
 * (2 or 3), the minutes the ticket spent at line L − 1 before it, taken from tickets that never
 * moved down (so all their time at L − 1 came before the move): {@code line_1_minutes} of tickets
 * with {@code escalated_1_2}, {@code line_2_minutes} of tickets with {@code escalated_2_3}.
 */
public final class EscalationTimes {
  /** One timed escalation: when it happened and how long the ticket had been at the line below. */
  public record Escalation(String channel, int toLine, Instant at, double minutes) {}

  /** The median and how many escalations it is taken from; {@code scope} says which were used. */
  public record Median(double minutes, int escalations, String scope) {}

  private final Map<String, List<Escalation>> byLine = new TreeMap<>();

  public EscalationTimes(List<Escalation> escalations) {
    for (Escalation e : escalations) {
      byLine.computeIfAbsent(key(e.channel(), e.toLine()), k -> new ArrayList<>()).add(e);
      byLine.computeIfAbsent(key(null, e.toLine()), k -> new ArrayList<>()).add(e);
    }
  }

  /**
   * The median time to escalate into {@code toLine} in {@code channel}, over escalations before
   * {@code asOf}; the channel's when it has any, else that of all channels; 0 minutes when none.
   */
  public Median median(String channel, int toLine, Instant asOf) {
    for (String key : new String[] {key(channel, toLine), key(null, toLine)}) {
      double[] minutes = byLine.getOrDefault(key, List.of()).stream()
          .filter(e -> e.at().isBefore(asOf)).mapToDouble(Escalation::minutes).toArray();
      if (minutes.length > 0) {
        return new Median(Percentiles.continuous(Percentiles.sorted(minutes), 0.5), minutes.length,
            key.startsWith("*") ? "all channels" : channel);
      }
    }
    return new Median(0, 0, "none");
  }

  private static String key(String channel, int toLine) {
    return (channel == null ? "*" : channel) + "/" + toLine;
  }
}
