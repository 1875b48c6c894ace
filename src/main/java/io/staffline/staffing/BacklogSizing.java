package io.staffline.staffing;

import io.staffline.metrics.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Deferred work (email, web, api): one constant staffing over the queue's whole horizon, on duty
 * whenever the team is open, so that no work is late in the fluid run with the response target in
 * the team's business hours ({@link BusinessHoursBacklog}). Closed intervals need nobody.
 */
final class BacklogSizing implements QueueSizing {
  private final ChannelSettings settings;

  BacklogSizing(ChannelSettings settings) {
    this.settings = settings;
  }

  @Override
  public List<IntervalRequirement> size(QueueForecast queue, BusinessCalendar calendar) {
    List<BusinessHoursBacklog.IntervalWork> work = new ArrayList<>();
    for (QueueInterval interval : queue.intervals()) {
      work.add(new BusinessHoursBacklog.IntervalWork(interval.start(), interval.end(),
          interval.contacts() * interval.ahtSeconds()));
    }
    BusinessHoursBacklog.Requirement needed =
        new BusinessHoursBacklog(calendar, settings.responseTarget()).required(work);
    List<IntervalRequirement> rows = new ArrayList<>(work.size());
    for (QueueInterval interval : queue.intervals()) {
      boolean open = !calendar.businessTime(interval.start(), interval.end()).isZero();
      rows.add(new IntervalRequirement(queue.queue(), interval, "backlog",
          open ? needed.fractionalAgents() : BigDecimal.ZERO, open ? needed.agents() : 0,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN));
    }
    return rows;
  }

  @Override
  public String describe() {
    Duration target = settings.responseTarget();
    return "backlog: every contact answered within "
        + Text.number(target.toNanos() / 3.6e12) + " business hours of the team calendar"
        + " (one staffing over the horizon, while open)";
  }
}
