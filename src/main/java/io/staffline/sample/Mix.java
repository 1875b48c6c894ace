package io.staffline.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** A categorical draw over the keys of a share map, in the map's (deterministic) order. */
final class Mix<T> {
  private final List<T> items;
  private final double[] cumulative;

  private Mix(List<T> items, double[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  static <T> Mix<T> of(Map<T, Double> shares) {
    List<T> items = new ArrayList<>(shares.keySet());
    double[] cumulative = new double[items.size()];
    double sum = 0;
    for (int i = 0; i < items.size(); i++) {
      sum += shares.get(items.get(i));
      cumulative[i] = sum;
    }
    return new Mix<>(List.copyOf(items), cumulative);
  }

  T pick(RandomGenerator rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (u < cumulative[i]) {
        return items.get(i);
      }
    }
    return items.get(items.size() - 1);
  }

  /** Checks that {@code shares} are non-negative and add up to 1; names {@code setting} if not. */
  static void checkShares(String setting, Map<?, Double> shares) {
    if (shares.isEmpty()) {
      throw new IllegalArgumentException(setting + " must not be empty");
    }
    double sum = 0;
    for (Map.Entry<?, Double> e : shares.entrySet()) {
      if (e.getValue() == null || !(e.getValue() >= 0)) {
        throw new IllegalArgumentException(
            setting + "." + e.getKey() + " must be a share >= 0, not " + e.getValue());
      }
      sum += e.getValue();
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new IllegalArgumentException(setting + " must add up to 1, not " + sum);
    }
  }
}
