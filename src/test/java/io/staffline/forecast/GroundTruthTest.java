package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Ground truth: hourly arrivals drawn from a known seasonal Poisson process (seed 20261116),
 * 8 weeks of history and 4 held out. The expected WAPEs are computed exactly from the Poisson
 * distribution: the true rate's own WAPE E|Y − λ| ÷ λ (no forecast can do better on average) and
 * seasonal naive's E|Y − Y'| ÷ λ with Y, Y' independent Poisson(λ) (√2 times worse for large λ).
 * With this seed: daily_profile is chosen, WAPE 0.3444; seasonal naive 0.4394 (expected 0.4467);
 * the truth's expected WAPE 0.3251; forecast total ÷ true total 0.9901.
 */
class GroundTruthTest {
  private static final long SEED = 20261116L;
  private static final Instant START = Instant.parse("2026-08-24T00:00:00Z");
  private static final int WEEKS = 12;
  private static final int HELD_OUT_WEEKS = 4;
  private static final double[] HOURLY = {0.10, 0.07, 0.05, 0.05, 0.05, 0.08, 0.20, 0.45, 0.80, 1.00, 1.10, 1.00,
      0.75, 0.90, 1.05, 0.95, 0.80, 0.60, 0.45, 0.35, 0.28, 0.22, 0.17, 0.13};
  private static final double[] WEEKDAY = {1.10, 1.05, 1.00, 0.98, 0.90, 0.35, 0.35};
  private static final double BASE_PER_HOUR = 12;

  /** Realised seasonal naive WAPE within 8% of its expectation (672 intervals; sampling spread about 3%). */
  private static final double NAIVE_TOLERANCE = 0.08;
  /** The chosen method's WAPE lies between the truth's (less 3% of sampling luck) and 15% above it. */
  private static final double ORACLE_LUCK = 0.03;
  private static final double CHOSEN_ABOVE_ORACLE = 0.15;
  /** The forecast's total over the 4 weeks within 3% of the true expected total (about 3 standard errors). */
  private static final double LEVEL_TOLERANCE = 0.03;

  private static double rate(int t) {
    return BASE_PER_HOUR * HOURLY[t % 24] * WEEKDAY[(t / 24) % 7];
  }

  @Test
  void theChosenMethodBeatsSeasonalNaiveOnHeldOutWeeksAndFindsTheTrueLevel() {
    int hours = WEEKS * 168;
    SplittableRandom random = new SplittableRandom(SEED);
    double[] counts = new double[hours];
    ArrivalHistory.Builder b = ArrivalHistory.builder(START, START.plus(Duration.ofHours(hours)), 60);
    QueueKey queue = new QueueKey("billing", "phone", 1);
    for (int t = 0; t < hours; t++) {
      counts[t] = poisson(rate(t), random);
      b.add(queue, START.plus(Duration.ofHours(t)), (long) counts[t], 0, (long) counts[t], 0, 0);
    }
    ArrivalHistory history = b.build();
    Instant asOf = START.plus(Duration.ofDays(7L * (WEEKS - HELD_OUT_WEEKS)));
    ForecastRun.Plan plan = new ForecastRun(history, new EscalationTimes(List.of()),
        TeamCalendars.only(BusinessCalendar.alwaysOpen("default")),
        ForecastSettings.DEFAULTS.withHorizonWeeks(HELD_OUT_WEEKS)).run(asOf);
    int n = history.indexOf(asOf);
    double[] forecast = plan.direct().get(0).forecast().contacts();
    double[] naive = new SeasonalNaive(history.seasons()).forecast(java.util.Arrays.copyOf(counts, n), forecast.length);

    AccuracyTally scored = new AccuracyTally();
    double trueTotal = 0;
    double oracleError = 0;
    double naiveExpected = 0;
    double forecastTotal = 0;
    for (int i = 0; i < forecast.length; i++) {
      double lambda = rate(n + i);
      scored.add(forecast[i], counts[n + i], naive[i]);
      trueTotal += lambda;
      oracleError += expectedAbsoluteDeviation(lambda);
      naiveExpected += expectedAbsoluteDifference(lambda);
      forecastTotal += forecast[i];
    }
    double oracleWape = oracleError / trueTotal;
    double naiveWape = naiveExpected / trueTotal;
    String numbers = String.format("chosen %s WAPE %.4f, naive %.4f (expected %.4f), truth %.4f, level %.4f",
        plan.direct().get(0).chosen().code(), scored.wape(), scored.naiveWape(), naiveWape, oracleWape,
        forecastTotal / trueTotal);
    assertEquals(naiveWape, scored.naiveWape(), NAIVE_TOLERANCE * naiveWape, numbers);
    assertTrue(scored.wape() >= oracleWape * (1 - ORACLE_LUCK) && scored.wape() <= oracleWape * (1 + CHOSEN_ABOVE_ORACLE),
        numbers);
    assertTrue(scored.wape() < scored.naiveWape(), numbers);
    assertEquals(1, forecastTotal / trueTotal, LEVEL_TOLERANCE, numbers);
  }

  /** Knuth's product method, fine for the small rates here. */
  private static int poisson(double lambda, SplittableRandom random) {
    double limit = Math.exp(-lambda);
    double p = random.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= random.nextDouble();
      k++;
    }
    return k;
  }

  private static double[] pmf(double lambda) {
    int max = (int) Math.ceil(lambda + 12 * Math.sqrt(lambda) + 30);
    double[] p = new double[max + 1];
    p[0] = Math.exp(-lambda);
    for (int k = 1; k <= max; k++) {
      p[k] = p[k - 1] * lambda / k;
    }
    return p;
  }

  /** E|Y − λ| for Y ~ Poisson(λ). */
  private static double expectedAbsoluteDeviation(double lambda) {
    double[] p = pmf(lambda);
    double e = 0;
    for (int k = 0; k < p.length; k++) {
      e += Math.abs(k - lambda) * p[k];
    }
    return e;
  }

  /** E|Y − Y'| for independent Y, Y' ~ Poisson(λ). */
  private static double expectedAbsoluteDifference(double lambda) {
    double[] p = pmf(lambda);
    double e = 0;
    for (int i = 0; i < p.length; i++) {
      for (int j = 0; j < p.length; j++) {
        e += Math.abs(i - j) * p[i] * p[j];
      }
    }
    return e;
  }
}
