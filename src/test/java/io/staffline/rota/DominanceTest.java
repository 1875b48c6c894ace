package io.staffline.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Presolve drops dominated patterns only. */
class DominanceTest {
  static final ShiftOptions OPTIONS = Instances.options("""
      tours: {5on2off: WWWWWOO}
      shifts:
        - {name: day8, length_hours: 8, starts: ["08:00"], tours: [5on2off]}
        - {name: part4, length_hours: 4, starts: ["08:00", "14:00"], tours: [5on2off]}
      """);

  /**
   * 7 phases each of day8 08:00–16:00, part4 08:00–12:00 and part4 14:00–18:00. For heads, day8 at
   * a phase covers everything part4 08:00 covers at the same phase, for the same one agent: those 7
   * go. part4 14:00 runs past 16:00: kept. For paid hours part4 is cheaper: nothing goes.
   */
  @Test
  void aShortShiftInsideALongerOneGoesWhenHeadsAreCounted() {
    List<Pattern> all = PatternCatalogue.generate(OPTIONS, Instances.grid(Instances.HOURLY));
    assertEquals(21, all.size());
    List<Pattern> forHeads = Dominance.undominated(all, Objective.AGENTS);
    assertEquals(14, forHeads.size());
    assertEquals(0, forHeads.stream().filter(p -> p.id().startsWith("part4/08:00")).count());
    assertEquals(21, Dominance.undominated(all, Objective.PAID_HOURS).size());
  }

  /** Two tours with the same days keep the first of each pair of equal patterns. */
  @Test
  void ofEqualPatternsTheFirstIsKept() {
    ShiftOptions o = Instances.options("""
        tours: {a: WWWWWOO, b: WWWWWOO}
        shifts: [{name: day8, length_hours: 8, starts: ["08:00"], tours: [a, b]}]
        """);
    List<Pattern> kept = Dominance.undominated(PatternCatalogue.generate(o, Instances.grid(Instances.HOURLY)), Objective.PAID_HOURS);
    assertEquals(7, kept.size());
    assertEquals(7, kept.stream().filter(p -> p.tour().name().equals("a")).count());
  }
}
