package io.staffline.report.planning;

import io.staffline.staffing.BacklogModel;
import io.staffline.staffing.QueueModel;
import io.staffline.staffing.ServiceLevelTarget;
import io.staffline.staffing.Shrinkage;
import io.staffline.staffing.StaffingTarget;
import io.staffline.staffing.Workload;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What-if scenarios per support line, computed by the staffing engine (no Excel formula): for each
 * scenario, each queue and interval gets its fractional requirement from its model at the scenario's
 * target and handle time; a line's requirement in an interval is ⌈Σ fractional⌉ over its queues (the
 * rule of {@code Requirement.pooledAgents}), scheduled = ⌈required ÷ (1 − shrinkage)⌉ exactly
 * ({@link Shrinkage}). Backlog queues get the constant capacity {@link BacklogModel} finds for their
 * week, in every interval of it. docs/reports.md §What-if.
 */
final class WhatIf {
  private WhatIf() {}

  /** One queue in one interval, as staffing_requirements hands it over. */
  record QueueInterval(String team, String channel, int tier, Instant start, int minutes, double contacts,
      double ahtSeconds, QueueKind kind) {}

  /** A line in an interval. */
  record LineInterval(int tier, Instant start) implements Comparable<LineInterval> {
    @Override
    public int compareTo(LineInterval o) {
      int c = Integer.compare(tier, o.tier);
      return c != 0 ? c : start.compareTo(o.start);
    }
  }

  /** A scenario's outcome for one line over the week. */
  record LineOutcome(Scenario scenario, int tier, int peakRequired, int peakScheduled, double requiredAgentHours,
      double scheduledAgentHours) {}

  static List<LineOutcome> run(List<QueueInterval> queues, Map<LineInterval, Double> shrinkage,
      WhatIfSettings settings, List<Scenario> scenarios) {
    Map<LineInterval, Integer> minutes = new HashMap<>();
    for (QueueInterval q : queues) {
      minutes.put(new LineInterval(q.tier(), q.start()), q.minutes());
    }
    List<LineOutcome> out = new ArrayList<>();
    for (Scenario s : scenarios) {
      Map<LineInterval, BigDecimal> fractional = fractionalByLine(queues, settings, s);
      Map<Integer, LineOutcome> byLine = new TreeMap<>();
      for (Map.Entry<LineInterval, BigDecimal> e : fractional.entrySet()) {
        int required = e.getValue().setScale(0, RoundingMode.CEILING).intValueExact();
        double base = shrinkage.getOrDefault(e.getKey(), 0.0);
        int scheduled = new Shrinkage(s.shrinkage(base)).scheduled(required);
        double hours = minutes.get(e.getKey()) / 60.0;
        byLine.merge(e.getKey().tier(), new LineOutcome(s, e.getKey().tier(), required, scheduled, required * hours,
            scheduled * hours), WhatIf::add);
      }
      out.addAll(byLine.values());
    }
    return out;
  }

  private static LineOutcome add(LineOutcome a, LineOutcome b) {
    return new LineOutcome(a.scenario(), a.tier(), Math.max(a.peakRequired(), b.peakRequired()),
        Math.max(a.peakScheduled(), b.peakScheduled()), a.requiredAgentHours() + b.requiredAgentHours(),
        a.scheduledAgentHours() + b.scheduledAgentHours());
  }

  /** Σ fractional agents per line and interval under scenario {@code s}. */
  static Map<LineInterval, BigDecimal> fractionalByLine(List<QueueInterval> queues, WhatIfSettings settings, Scenario s) {
    StaffingTarget target = StaffingTarget.of(ServiceLevelTarget.of(s.serviceLevel(settings.serviceLevel()),
        settings.answerSeconds()));
    Map<LineInterval, BigDecimal> sums = new TreeMap<>();
    Map<QueueKind, QueueModel> models = new HashMap<>();
    Map<String, List<QueueInterval>> backlog = new TreeMap<>();
    for (QueueInterval q : queues) {
      LineInterval key = new LineInterval(q.tier(), q.start());
      sums.putIfAbsent(key, BigDecimal.ZERO);
      if (!q.kind().perInterval()) {
        backlog.computeIfAbsent(q.team() + "\u0000" + q.channel() + "\u0000" + q.tier(), k -> new ArrayList<>()).add(q);
        continue;
      }
      if (q.contacts() == 0) {
        continue;
      }
      QueueModel model = models.computeIfAbsent(q.kind(), k -> k.model(settings));
      Workload w = new Workload(q.contacts(), q.ahtSeconds() * s.ahtFactor(), q.minutes() * 60.0);
      sums.merge(key, model.required(w, target).fractionalAgents(), BigDecimal::add);
    }
    for (List<QueueInterval> week : backlog.values()) {
      week.sort(java.util.Comparator.comparing(QueueInterval::start));
      QueueInterval first = week.get(0);
      double[] units = week.stream().mapToDouble(QueueInterval::contacts).toArray();
      double aht = meanAht(week) * s.ahtFactor();
      if (aht <= 0) {
        continue;
      }
      BigDecimal agents = new BacklogModel(aht, first.minutes() * 60.0, settings.backlogResponseMinutes() / first.minutes())
          .required(units).fractionalAgents();
      for (QueueInterval q : week) {
        sums.merge(new LineInterval(q.tier(), q.start()), agents, BigDecimal::add);
      }
    }
    return sums;
  }

  /** The work-weighted mean handle time of a backlog queue's week (contacts × AHT ÷ contacts). */
  private static double meanAht(List<QueueInterval> week) {
    double work = 0;
    double contacts = 0;
    for (QueueInterval q : week) {
      work += q.contacts() * q.ahtSeconds();
      contacts += q.contacts();
    }
    return contacts == 0 ? 0 : work / contacts;
  }
}
