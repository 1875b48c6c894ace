package io.staffline.staffing;

import io.staffline.metrics.calendar.TeamCalendars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Queues sized once: each queue's requirement rows under one channel's settings, kept for the plans
 * that follow. Plans of one forecast under several settings (the what-if scenarios,
 * docs/reports.md) reuse the rows of every queue whose settings and demand a scenario leaves as
 * they were: a shrinkage scenario sizes no queue again, a service-level scenario only the
 * live-answer queues. Bound to one set of team calendars; not for concurrent use.
 */
public final class QueueSizings {
  private record Sized(ChannelSettings settings, QueueForecast queue) {}

  private final TeamCalendars calendars;
  private final Map<ChannelSettings, QueueSizing> sizings = new HashMap<>();
  private final Map<Sized, List<IntervalRequirement>> sized = new HashMap<>();

  public QueueSizings(TeamCalendars calendars) {
    this.calendars = calendars;
  }

  /** One requirement per interval of {@code queue}, sized with {@code settings} unless seen. */
  List<IntervalRequirement> size(QueueForecast queue, ChannelSettings settings) {
    return sized.computeIfAbsent(new Sized(settings, queue), key -> List.copyOf(
        sizing(settings).size(queue, calendars.forTeam(queue.queue().team()))));
  }

  QueueSizing sizing(ChannelSettings settings) {
    return sizings.computeIfAbsent(settings, ChannelSettings::sizing);
  }

  /** How many queues were sized so far; the other requests reused their rows. */
  public int queuesSized() {
    return sized.size();
  }
}
