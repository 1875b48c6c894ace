package io.staffline.forecast;

import java.util.Comparator;

/** A queue: team × channel × support line. Ordered by line, team, channel (the order of every output). */
public record QueueKey(String team, String channel, int tier) implements Comparable<QueueKey> {
  /** The team of arrivals whose ticket names none. */
  public static final String NO_TEAM = "(none)";

  private static final Comparator<QueueKey> ORDER = Comparator.comparingInt(QueueKey::tier)
      .thenComparing(QueueKey::team).thenComparing(QueueKey::channel);

  @Override
  public int compareTo(QueueKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return team + "/" + channel + "/L" + tier;
  }
}
