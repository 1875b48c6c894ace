package io.staffline.rota;

import java.util.ArrayList;
import java.util.List;

/**
 * Presolve: drops every pattern another pattern dominates (docs/rota.md §presolve). Pattern q
 * dominates p when its crew has as many agents, it covers at least as much in every interval, and
 * it costs no more under the objective (agents: the crew size; paid hours and cost: paid minutes).
 * Any plan using p stays feasible with q instead — coverage and on-duty rules only grow, headcounts
 * and level shares stay — and costs no more, so an optimum without p exists. Of patterns equal in
 * coverage and cost the first is kept.
 */
public final class Dominance {
  private Dominance() {}

  public static List<Pattern> undominated(List<Pattern> patterns, Objective objective) {
    List<Pattern> kept = new ArrayList<>();
    for (int p = 0; p < patterns.size(); p++) {
      boolean dominated = false;
      for (int q = 0; q < patterns.size() && !dominated; q++) {
        dominated = q != p && dominates(patterns.get(q), patterns.get(p), objective) && (q < p || !dominates(patterns.get(p), patterns.get(q), objective));
      }
      if (!dominated) {
        kept.add(patterns.get(p));
      }
    }
    return kept;
  }

  static boolean dominates(Pattern q, Pattern p, Objective objective) {
    if (q.crewSize() != p.crewSize()) {
      return false;
    }
    if (objective != Objective.AGENTS && q.paidMinutesPerWeek() > p.paidMinutesPerWeek()) {
      return false;
    }
    for (int i = 0; i < p.coverage().length; i++) {
      if (q.coverage(i) < p.coverage(i)) {
        return false;
      }
    }
    return true;
  }
}
