package io.staffline.report;

/**
 * Text from data (a team, a category, a ticket id) is always written as a string cell in the Text
 * number format, so no reader evaluates it: {@code =HYPERLINK("http://x","y")} stays those 26
 * characters, and what a user types over it stays text. Values that
 * start with a character spreadsheets treat as the start of a formula ({@code = + - @}, and tab or
 * carriage return, which CSV importers strip first) are in addition marked quote-prefixed — Excel's
 * leading apostrophe — so a user who edits and confirms the cell, or copies it into another sheet,
 * still gets text. The value itself is never changed, so the cells equal the metrics tables.
 * docs/reports.md §Formula injection.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  /** True when {@code text} would be taken as a formula if typed into a cell or read from a CSV. */
  public static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
