package io.staffline.rota;

import io.staffline.ticket.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Pay rates and the under-coverage penalty of the {@code cost} objective, kept in whole cents so
 * the integer program is exact.
 *
 * @param currency for reports, e.g. {@code EUR}
 * @param hourlyCents pay per paid hour by level
 * @param defaultHourlyCents for agents whose level is not known or not listed
 * @param underCoverageCents penalty per missing agent per interval
 */
public record Costs(String currency, Map<Level, Long> hourlyCents, long defaultHourlyCents, long underCoverageCents) {
  public Costs {
    hourlyCents = Map.copyOf(hourlyCents);
  }

  public long hourlyCents(Level level) {
    return level == null ? defaultHourlyCents : hourlyCents.getOrDefault(level, defaultHourlyCents);
  }

  /** An amount of money given with at most two decimals → cents; more decimals are an error. */
  public static long cents(BigDecimal amount) {
    try {
      return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(amount.toPlainString() + " has more than two decimals", e);
    }
  }
}
