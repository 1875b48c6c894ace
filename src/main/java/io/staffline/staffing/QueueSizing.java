package io.staffline.staffing;

import io.staffline.metrics.calendar.BusinessCalendar;
import java.util.List;

/** Sizes one queue over the forecast horizon with its channel's model. */
interface QueueSizing {

  /**
   * One requirement per interval of {@code queue}, in its order.
   *
   * @param calendar the business hours of the queue's team
   */
  List<IntervalRequirement> size(QueueForecast queue, BusinessCalendar calendar);

  /** The model and its target in words, for the console. */
  String describe();
}
