package io.staffline.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Parses the canonical lower-case code of a vocabulary enum, case-insensitively. */
public final class Vocabulary {
  private Vocabulary() {}

  /** A vocabulary term with its canonical code as written in exports and in the lake. */
  public interface Coded {
    String code();
  }

  /** The term whose code equals {@code raw} ignoring case and surrounding blanks, if any. */
  public static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String wanted = raw.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(wanted)).findFirst();
  }

  /** The codes of all terms, for error messages and documentation. */
  public static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return String.join("|", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
  }
}
