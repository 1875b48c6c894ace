package io.staffline.staffing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The offered load of one queue in one interval: contacts arriving in the interval, their average
 * handle time (AHT) and the interval's length. Traffic A = λ·AHT in Erlangs.
 *
 * <p>Boundary decisions (stability, the occupancy cap) use the exact decimal values of the three
 * inputs, so 57 contacts × 180 s / 1800 s at a 57% cap needs exactly 10 agents, not 11.
 */
public record Workload(double contactsPerInterval, double ahtSeconds, double intervalSeconds) {

  public Workload {
    requireFinite(contactsPerInterval >= 0, "contacts per interval", contactsPerInterval, "≥ 0");
    requireFinite(ahtSeconds > 0, "AHT seconds", ahtSeconds, "> 0");
    requireFinite(intervalSeconds > 0, "interval seconds", intervalSeconds, "> 0");
  }

  /** A load given directly in Erlangs (contacts per AHT-long interval). */
  public static Workload ofTraffic(double erlangs, double ahtSeconds) {
    return new Workload(erlangs, ahtSeconds, ahtSeconds);
  }

  /** λ, contacts per second. */
  public double arrivalsPerSecond() {
    return contactsPerInterval / intervalSeconds;
  }

  /** A = λ·AHT, in Erlangs (busy agents needed on average). */
  public double trafficErlangs() {
    return contactsPerInterval * ahtSeconds / intervalSeconds;
  }

  /** True when nothing arrives: no queue, no agents needed. */
  public boolean isIdle() {
    return contactsPerInterval == 0;
  }

  /** ⌊A⌋ in exact arithmetic; Erlang C needs more than A agents, so the search starts one above. */
  public int trafficFloor() {
    return exactTraffic().divide(exactInterval(), 0, RoundingMode.FLOOR).intValueExact();
  }

  /** The fewest agents n with A/n ≤ cap, decided exactly: ⌈A / cap⌉. */
  public int minimumAgentsForOccupancy(double cap) {
    BigDecimal denominator = exactInterval().multiply(BigDecimal.valueOf(cap));
    return exactTraffic().divide(denominator, 0, RoundingMode.CEILING).intValueExact();
  }

  /** A / cap to 34 significant digits: exact whenever the quotient terminates (5.7/0.57 = 10). */
  BigDecimal trafficOver(double cap) {
    BigDecimal denominator = exactInterval().multiply(BigDecimal.valueOf(cap));
    return exactTraffic().divide(denominator, MathContext.DECIMAL128);
  }

  /** contacts × AHT, the numerator of A, exactly. */
  private BigDecimal exactTraffic() {
    return BigDecimal.valueOf(contactsPerInterval).multiply(BigDecimal.valueOf(ahtSeconds));
  }

  private BigDecimal exactInterval() {
    return BigDecimal.valueOf(intervalSeconds);
  }

  private static void requireFinite(boolean ok, String what, double value, String rule) {
    if (!ok || !Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite and " + rule + ", got " + value);
    }
  }
}
