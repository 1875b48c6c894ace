package io.staffline.staffing;

import io.staffline.metrics.calendar.BusinessCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Live answer (phone, chat): each interval on its own, in steady state, with Erlang C, or Erlang A
 * when the channel has a mean patience, and for chat k chats per agent over that model.
 */
final class IntervalSizing implements QueueSizing {
  private final ChannelSettings settings;
  private final QueueModel model;
  private final String label;
  private final boolean abandons;

  IntervalSizing(ChannelSettings settings) {
    this.settings = settings;
    this.abandons = settings.patienceSeconds().isPresent();
    QueueModel perServer = abandons
        ? new ErlangA(settings.patienceSeconds().getAsDouble()) : new ErlangC();
    boolean chat = settings.model() == ChannelModel.CHAT;
    this.model = chat ? new ChatConcurrency(perServer, settings.concurrency()) : perServer;
    this.label = chat ? "chat" : abandons ? "erlang_a" : "erlang_c";
  }

  @Override
  public List<IntervalRequirement> size(QueueForecast queue, BusinessCalendar calendar) {
    List<IntervalRequirement> rows = new ArrayList<>(queue.intervals().size());
    for (QueueInterval interval : queue.intervals()) {
      rows.add(size(queue.queue(), interval));
    }
    return rows;
  }

  /** The requirement of one interval: the job's per-interval path. */
  IntervalRequirement size(Queue queue, QueueInterval interval) {
    Workload load = new Workload(interval.contacts(), interval.ahtSeconds(), interval.seconds());
    Requirement r = model.required(load, settings.target());
    if (load.isIdle()) {
      // Nothing arrives: no agents, and no service level, wait or occupancy to speak of.
      return new IntervalRequirement(queue, interval, label, r.fractionalAgents(), r.agents(),
          Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    Performance p = r.performance();
    return new IntervalRequirement(queue, interval, label, r.fractionalAgents(), r.agents(),
        r.serviceLevel(), p.asaSeconds(), p.occupancy(), abandons ? p.abandonment() : Double.NaN);
  }

  @Override
  public String describe() {
    StaffingTarget target = settings.target();
    ServiceLevelTarget sl = target.serviceLevel();
    StringBuilder s = new StringBuilder(label);
    if (settings.model() == ChannelModel.CHAT) {
      s.append(String.format(Locale.ROOT, " (%d chats per agent over %s)", settings.concurrency(),
          abandons ? "Erlang A" : "Erlang C"));
    } else {
      s.append(abandons ? " (Erlang A)" : " (Erlang C)");
    }
    s.append(": ").append(Text.share(sl.fraction()));
    if (abandons) {
      s.append(sl.reading() == ServiceLevelReading.ANSWERED_WITHIN
          ? " answered within " + Text.number(sl.answerSeconds()) + " s over all arrivals"
              + " (abandons count as misses)"
          : " waited at most " + Text.number(sl.answerSeconds()) + " s over all arrivals"
              + " (abandons within it count as met)");
      s.append(", mean patience ").append(Text.number(settings.patienceSeconds().getAsDouble()))
          .append(" s");
    } else {
      s.append(" answered within ").append(Text.number(sl.answerSeconds())).append(" s");
    }
    target.maxAsaSeconds().ifPresent(v -> s.append(", ASA ≤ ").append(Text.number(v)).append(" s"));
    target.maxOccupancy().ifPresent(v -> s.append(", occupancy ≤ ").append(Text.share(v)));
    target.maxAbandonment().ifPresent(v -> s.append(", abandonment ≤ ").append(Text.share(v)));
    return s.toString();
  }
}
