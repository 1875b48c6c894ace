package io.staffline.ticket;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
    Map<String, Object> codes = BY_CODE.get(type);
    Object term = codes.get(raw);
    if (term == null) {
      term = codes.get(raw.strip().toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(type.cast(term));
  }

  /** Each vocabulary's terms by code (the first term of a code wins), built once per enum. */
  private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byCode = new HashMap<>();
      for (Object term : type.getEnumConstants()) {
        byCode.putIfAbsent(((Coded) term).code(), term);
      }
      return Map.copyOf(byCode);
    }
  };

  /** The codes of all terms, for error messages and documentation. */
  public static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return String.join("|", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
  }
}
