package io.staffline.staffing;

import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.staffing.ForecastInput.Forecast;
import io.staffline.ticket.Channel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the forecast needs, without I/O: every queue sized with its channel's model, then pooled per
 * line with shrinkage (docs/staffing.md §11).
 *
 * @param forecast the demand planned for
 * @param requirements one per interval × queue, in time, team, channel, line order
 * @param lines one per interval × line, in time, line order
 * @param models per channel in the forecast, the model and target in words
 */
public record StaffingPlan(Forecast forecast, List<IntervalRequirement> requirements,
    List<LineRequirement> lines, Map<Channel, String> models) {

  private static final Comparator<IntervalRequirement> TABLE_ORDER = Comparator
      .comparing((IntervalRequirement r) -> r.interval().start())
      .thenComparing(IntervalRequirement::queue);

  /** Sizes every queue of {@code forecast}, then every line. */
  public static StaffingPlan of(Forecast forecast, StaffingConfig config, TeamCalendars calendars) {
    Map<Channel, QueueSizing> sizing = new EnumMap<>(Channel.class);
    List<IntervalRequirement> requirements = new ArrayList<>();
    for (QueueForecast queue : forecast.queues()) {
      Channel channel = queue.queue().channel();
      QueueSizing model = sizing.computeIfAbsent(channel, c -> config.channel(c).sizing());
      requirements.addAll(model.size(queue, calendars.forTeam(queue.queue().team())));
    }
    requirements.sort(TABLE_ORDER);
    List<LineRequirement> lines =
        LinePooling.pool(requirements, tier -> config.line(tier).total());
    Map<Channel, String> models = new EnumMap<>(Channel.class);
    sizing.forEach((channel, model) -> models.put(channel, model.describe()));
    return new StaffingPlan(forecast, List.copyOf(requirements), lines, models);
  }
}
