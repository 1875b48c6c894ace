package io.staffline.forecast;

/**
 * The tier cascade (docs/forecasting.md §cascade): the escalations a line-2 or line-3 queue
 * receives are the arrivals at the line below times the measured escalation rate, shifted by the
 * measured median time to escalate. Pure.
 */
public final class Cascade {
  private Cascade() {}

  /**
   * The cascade demand over the horizon: {@code rate × source[i − shift]}, where the source is
   * the forecast at the line below and, for the first {@code shift} intervals, its actual history
   * (those escalations come from arrivals already seen). Before the history: 0.
   */
  public static double[] demand(double[] sourceHistory, double[] sourceForecast, double rate, int shift) {
    if (shift < 0) {
      throw new IllegalArgumentException("time to escalate cannot be negative: " + shift + " intervals");
    }
    int n = sourceHistory.length;
    double[] demand = new double[sourceForecast.length];
    for (int i = 0; i < demand.length; i++) {
      int from = i - shift;
      double source = from >= 0 ? sourceForecast[from] : n + from >= 0 ? sourceHistory[n + from] : 0;
      demand[i] = rate * source;
    }
    return demand;
  }

  /** Escalations into the queue ÷ entries into the line below in the same channel; 0 when there were none. */
  public static double rate(double escalations, double sourceEntries) {
    return sourceEntries == 0 ? 0 : escalations / sourceEntries;
  }

  /** A time in minutes as whole intervals, halves rounded up. */
  public static int intervals(double minutes, int intervalMinutes) {
    return (int) Math.floor(minutes / intervalMinutes + 0.5);
  }
}
