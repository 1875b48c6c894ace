package io.staffline.staffing;

import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.staffing.ForecastInput.Forecast;
import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

  private static final Comparator<IntervalRequirement> TABLE_ORDER = Comparator
      .comparing((IntervalRequirement r) -> r.interval().start())
      .thenComparing(IntervalRequirement::queue);

  /** Sizes every queue of {@code forecast}, then every line. */
  public static StaffingPlan of(Forecast forecast, StaffingConfig config, TeamCalendars calendars) {
    return plan(forecast, config, new QueueSizings(calendars), Instant.MIN, Instant.MAX);
  }

  /**
   * The rows of {@link #of} whose interval starts in [{@code from}, {@code to}), equal to them,
   * for less work: live-answer queues (erlang, chat) are sized in those intervals only, since each
   * interval is sized on its own; deferred work over the whole horizon, since its one staffing is
   * found over it (docs/staffing.md §11.2). Queues that {@code sizings} has sized with the same
   * settings and demand are not sized again.
   */
  public static StaffingPlan during(Forecast forecast, StaffingConfig config, QueueSizings sizings,
      Instant from, Instant to) {
    return plan(forecast, config, sizings, from, to);
  }

  private static StaffingPlan plan(Forecast forecast, StaffingConfig config,
      QueueSizings sizings, Instant from, Instant to) {
    Map<Channel, Map<Tier, String>> models = new EnumMap<>(Channel.class);
    List<IntervalRequirement> requirements = new ArrayList<>();
    for (QueueForecast queue : forecast.queues()) {
      Queue q = queue.queue();
      ChannelSettings settings = config.channel(q.channel(), q.tier());
      models.computeIfAbsent(q.channel(), c -> new EnumMap<>(Tier.class))
          .computeIfAbsent(q.tier(), tier -> sizings.sizing(settings).describe());
      QueueForecast demand = settings.model().answersLive() ? queue.within(from, to) : queue;
      for (IntervalRequirement r : sizings.size(demand, settings)) {
        Instant start = r.interval().start();
        if (!start.isBefore(from) && start.isBefore(to)) {
          requirements.add(r);
        }
      }
    }
    requirements.sort(TABLE_ORDER);
    List<LineRequirement> lines =
        LinePooling.pool(requirements, tier -> config.line(tier).total());
    return new StaffingPlan(forecast, List.copyOf(requirements), lines, models);
  }
}
