package io.staffline.ticket;

import java.util.Optional;

/**
 * A satisfaction rating as helpdesks record it: {@code good}/{@code bad} or a score 1–5.
 * Scores 4 and 5 count as good, 1 to 3 as bad.
 */
public record Csat(String code) {

  /** The normalised rating for {@code raw}, if it is one. */
  public static Optional<Csat> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String v = raw.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (v) {
      case "good", "bad", "1", "2", "3", "4", "5" -> Optional.of(new Csat(v));
      default -> Optional.empty();
    };
  }

  public boolean good() {
    return code.equals("good") || code.equals("4") || code.equals("5");
  }
}
