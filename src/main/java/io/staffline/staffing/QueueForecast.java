package io.staffline.staffing;

import java.util.List;

/** One queue's forecast intervals, in time order. */
public record QueueForecast(Queue queue, List<QueueInterval> intervals) {
  public QueueForecast {
    intervals = List.copyOf(intervals);
  }
}
