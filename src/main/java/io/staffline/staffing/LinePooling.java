package io.staffline.staffing;

import io.staffline.ticket.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A line's agents per interval: the fractional requirements of its queues summed exactly, rounded
 * up once, then shrinkage (docs/staffing.md §5 and §11). Pooling before rounding is what the
 * line's agents serving all its queues buys: 3.4 + 2.3 = 5.7 → 6 agents, not 4 + 3.
 */
final class LinePooling {
  private LinePooling() {}

  private record Key(Instant start, Tier tier) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byTime = start.compareTo(other.start);
      return byTime != 0 ? byTime : tier.compareTo(other.tier);
    }
  }

  /** One row per interval and line with any queue, in time then line order. */
  static List<LineRequirement> pool(List<IntervalRequirement> queues,
      Function<Tier, Shrinkage> shrinkage) {
    Map<Key, BigDecimal> sums = new TreeMap<>();
    Map<Key, Integer> minutes = new TreeMap<>();
    for (IntervalRequirement q : queues) {
      Key key = new Key(q.interval().start(), q.queue().tier());
      sums.merge(key, q.fractionalAgents(), BigDecimal::add);
      minutes.putIfAbsent(key, q.interval().minutes());
    }
    List<LineRequirement> lines = new ArrayList<>(sums.size());
    sums.forEach((key, sum) -> {
      int agents = sum.setScale(0, RoundingMode.CEILING).intValueExact();
      Shrinkage away = shrinkage.apply(key.tier());
      lines.add(new LineRequirement(key.start(), minutes.get(key), key.tier(), sum, agents, away,
          away.scheduled(agents)));
    });
    return lines;
  }
}
