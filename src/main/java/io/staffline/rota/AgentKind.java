package io.staffline.rota;

import io.staffline.ticket.Level;

/**
 * Agents the model tells apart: one line and one level. Each kind has its own pattern variables,
 * so rules on levels and the level mix can be stated; {@code level} is null when the line's levels
 * are not known (no roster).
 *
 * @param tier the line
 * @param level null: unknown
 * @param rosterCount agents of this line and level on the roster in the planned week (0 without a roster)
 */
public record AgentKind(int tier, Level level, int rosterCount) {
  /** {@code junior} … {@code lead}, or {@code any}. */
  public String levelCode() {
    return level == null ? ANY : level.code();
  }

  public static final String ANY = "any";
}
