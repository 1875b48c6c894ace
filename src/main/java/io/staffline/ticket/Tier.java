package io.staffline.ticket;

import java.util.Optional;

/**
 * A support line: line 1 takes every contact first and solves the typical questions; lines 2 and 3
 * take escalations. Stored as the integer 1, 2 or 3.
 */
public enum Tier {
  LINE_1(1),
  LINE_2(2),
  LINE_3(3);

  private final int number;

  Tier(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile("^(l|line|tier|t)\\s*");
  private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile("(st|nd|rd)$");

  /** The line for 1, 2, 3 (also written "L2", "line 2", "2nd", "tier 3"), if any. */
  public static Optional<Tier> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    // The canonical form, one digit, without the regular expressions (read once per event row).
    if (raw.length() == 1) {
      char c = raw.charAt(0);
      return c >= '1' && c <= '3' ? Optional.of(of(c - '0')) : Optional.empty();
    }
    String digits = SUFFIX.matcher(PREFIX.matcher(raw.strip().toLowerCase(java.util.Locale.ROOT)).replaceFirst(""))
        .replaceFirst("");
    return switch (digits) {
      case "1" -> Optional.of(LINE_1);
      case "2" -> Optional.of(LINE_2);
      case "3" -> Optional.of(LINE_3);
      default -> Optional.empty();
    };
  }

  public static Tier of(int number) {
    // A switch, not parse: readers call this once per row, and parse runs two regular expressions.
    return switch (number) {
      case 1 -> LINE_1;
      case 2 -> LINE_2;
      case 3 -> LINE_3;
      default -> throw new IllegalArgumentException("support line must be 1, 2 or 3, not "
          + number);
    };
  }
}
