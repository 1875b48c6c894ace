package io.staffline.staffing;

import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.staffing.ForecastInput.Forecast;
import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the forecast needs, without I/O: every queue sized with its channel's model on its line,
 * then pooled per line with shrinkage (docs/staffing.md §11).
 *
 * @param forecast the demand planned for
 * @param requirements one per interval × queue, in time, team, channel, line order
 * @param lines one per interval × line, in time, line order
 * @param models per channel and line in the forecast, the model and target in words
 */
public record StaffingPlan(Forecast forecast, List<IntervalRequirement> requirements,
    List<LineRequirement> lines, Map<Channel, Map<Tier, String>> models) {

  /** A channel on a line: what one set of settings sizes. */
  private record ChannelOnLine(Channel channel, Tier tier) {}

  private static final Comparator<IntervalRequirement> TABLE_ORDER = Comparator
      .comparing((IntervalRequirement r) -> r.interval().start())
      .thenComparing(IntervalRequirement::queue);

  /** Sizes every queue of {@code forecast}, then every line. */
  public static StaffingPlan of(Forecast forecast, StaffingConfig config, TeamCalendars calendars) {
    Map<ChannelOnLine, QueueSizing> sizing = new HashMap<>();
    Map<Channel, Map<Tier, String>> models = new EnumMap<>(Channel.class);
    List<IntervalRequirement> requirements = new ArrayList<>();
    for (QueueForecast queue : forecast.queues()) {
      Queue q = queue.queue();
      QueueSizing model = sizing.computeIfAbsent(new ChannelOnLine(q.channel(), q.tier()), key -> {
        QueueSizing made = config.channel(key.channel(), key.tier()).sizing();
        models.computeIfAbsent(key.channel(), c -> new EnumMap<>(Tier.class))
            .put(key.tier(), made.describe());
        return made;
      });
      requirements.addAll(model.size(queue, calendars.forTeam(q.team())));
    }
    requirements.sort(TABLE_ORDER);
    List<LineRequirement> lines =
        LinePooling.pool(requirements, tier -> config.line(tier).total());
    return new StaffingPlan(forecast, List.copyOf(requirements), lines, models);
  }
}
