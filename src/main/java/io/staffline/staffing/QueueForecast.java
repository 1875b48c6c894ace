package io.staffline.staffing;

import java.time.Instant;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** One queue's forecast intervals, in time order. */
public record QueueForecast(Queue queue, List<QueueInterval> intervals) {
  public QueueForecast {
    intervals = List.copyOf(intervals);
  }

  /** The intervals starting in [{@code from}, {@code to}). */
  public QueueForecast within(Instant from, Instant to) {
    return new QueueForecast(queue, intervals.stream()
        .filter(i -> !i.start().isBefore(from) && i.start().isBefore(to)).toList());
  }

  /** Every interval's handle time mapped by {@code aht}. */
  public QueueForecast withAht(DoubleUnaryOperator aht) {
    return new QueueForecast(queue,
        intervals.stream().map(i -> i.withAhtSeconds(aht.applyAsDouble(i.ahtSeconds()))).toList());
  }
}
