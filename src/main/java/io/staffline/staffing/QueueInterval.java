package io.staffline.staffing;

import java.time.Duration;
import java.time.Instant;

/**
 * The forecast demand of one queue in one interval, the {@code origin} rows summed.
 *
 * @param start interval start (UTC)
 * @param minutes interval length
 * @param contacts expected arrivals (direct and cascade)
 * @param ahtSeconds the AHT used: the forecast's, or the channel's default
 * @param defaultAht true when the forecast had no AHT and the channel's default is used
 */
public record QueueInterval(Instant start, int minutes, double contacts, double ahtSeconds,
    boolean defaultAht) {

  /** The same demand with another handle time. */
  public QueueInterval withAhtSeconds(double seconds) {
    return new QueueInterval(start, minutes, contacts, seconds, defaultAht);
  }

  public Instant end() {
    return start.plus(Duration.ofMinutes(minutes));
  }

  public double seconds() {
    return minutes * 60.0;
  }
}
