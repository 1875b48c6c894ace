package io.staffline.staffing;

import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import java.util.Comparator;

/** A queue: the contacts of one team, channel and line (docs/pipeline.md). */
public record Queue(String team, Channel channel, Tier tier) implements Comparable<Queue> {
  private static final Comparator<Queue> ORDER = Comparator.comparing(Queue::team)
      .thenComparing(Queue::channel).thenComparing(Queue::tier);

  @Override
  public int compareTo(Queue other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "team " + team + ", channel " + channel.code() + ", line " + tier.number();
  }
}
