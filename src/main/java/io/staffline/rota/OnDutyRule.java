package io.staffline.rota;

import io.staffline.ticket.Level;
import java.util.Set;

/**
 * A coverage rule on who is on duty: in every interval of the week at least {@code atLeast} agents
 * of the given lines and levels are on duty (a break is off duty). With {@code eachLine} the count
 * is taken in each line of the solve separately, otherwise over all of them together. Examples: a
 * non-junior on duty in every interval (levels middle, senior, lead: no interval is covered by
 * juniors only), a line-3 agent at all times (lines [3]). See docs/rota.md §levels.
 *
 * @param name for messages and reports
 * @param lines lines it applies to; empty: every line
 * @param levels levels that count; empty: every level (and agents of unknown level)
 * @param atLeast agents on duty, ≥ 1
 * @param eachLine per line (true) or summed over the lines (false)
 */
public record OnDutyRule(String name, Set<Integer> lines, Set<Level> levels, int atLeast, boolean eachLine) {
  public OnDutyRule {
    lines = Set.copyOf(lines);
    levels = Set.copyOf(levels);
    if (atLeast < 1) {
      throw new IllegalArgumentException("rule " + name + ": at_least must be ≥ 1, not " + atLeast);
    }
  }

  public boolean appliesTo(int line) {
    return lines.isEmpty() || lines.contains(line);
  }

  /** Whether an agent of {@code level} (null: unknown) counts for this rule. */
  public boolean counts(Level level) {
    return levels.isEmpty() || (level != null && levels.contains(level));
  }

  /** Whether the rule needs to know agents' levels. */
  public boolean namesLevels() {
    return !levels.isEmpty();
  }
}
