package io.staffline.report.planning;

import io.staffline.staffing.ForecastInput.Forecast;
import io.staffline.staffing.StaffingConfig;
import java.math.BigDecimal;
import java.util.List;

/**
 * One what-if: the staffing stage's own settings and forecast with the service level of every
 * live-answer channel moved, every line's shrinkage moved, or every handle time scaled. The steps
 * planners ask about first (±5 points, ±10%) are set here, in one place (docs/reports.md
 * §What-if).
 *
 * @param serviceLevelChange added to the service level of every erlang and chat setting (0.05 = 5 points)
 * @param shrinkageChange added to every line's shrinkage (0.05 = 5 points)
 * @param ahtFactor every handle time of the forecast, and the defaults standing in for it, times this
 */
public record Scenario(String name, BigDecimal serviceLevelChange, BigDecimal shrinkageChange, BigDecimal ahtFactor) {
  public static final BigDecimal POINTS = new BigDecimal("0.05");
  public static final BigDecimal AHT_STEP = new BigDecimal("0.10");
  public static final Scenario BASELINE = new Scenario("Baseline", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE);

  /** The baseline, then each setting one step up and one step down. */
  public static List<Scenario> standard() {
    return List.of(BASELINE,
        new Scenario("Service level +" + points(POINTS), POINTS, BigDecimal.ZERO, BigDecimal.ONE),
        new Scenario("Service level −" + points(POINTS), POINTS.negate(), BigDecimal.ZERO, BigDecimal.ONE),
        new Scenario("Shrinkage +" + points(POINTS), BigDecimal.ZERO, POINTS, BigDecimal.ONE),
        new Scenario("Shrinkage −" + points(POINTS), BigDecimal.ZERO, POINTS.negate(), BigDecimal.ONE),
        new Scenario("Handle time +" + percent(AHT_STEP), BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ONE.add(AHT_STEP)),
        new Scenario("Handle time −" + percent(AHT_STEP), BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ONE.subtract(AHT_STEP)));
  }

  /** The staffing settings of this scenario, derived from the staffing stage's. */
  StaffingConfig config(StaffingConfig staffed) {
    return staffed.withServiceLevelMovedBy(serviceLevelChange).withShrinkageMovedBy(shrinkageChange);
  }

  /** The demand of this scenario, derived from the forecast the staffing stage sized. */
  Forecast forecast(Forecast staffed) {
    return staffed.withAhtScaledBy(ahtFactor);
  }

  static String points(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + " pts";
  }

  static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
