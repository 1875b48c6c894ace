package io.staffline.ingest;

import java.util.regex.Pattern;

/**
 * Masks personal data in raw lines kept in the quarantine: fields of known personal-data columns
 * are replaced where the line could be split, and e-mail addresses everywhere.
 */
public final class Redaction {
  /** What stands in a quarantined raw line for a personal value. */
  public static final String MASK = "<redacted>";
  private static final Pattern EMAIL = Pattern.compile("[^\\s,;\"'<>()]+@[^\\s,;\"'<>()]+\\.[A-Za-z]{2,}");

  private Redaction() {}

  static String maskEmails(String raw) {
    if (raw.indexOf('@') < 0) {
      return raw; // no address can match; the regex alone costs a quarter of parsing
    }
    return EMAIL.matcher(raw).replaceAll(MASK);
  }

  /** Cut to the quarantine's maximum width. */
  public static String truncate(String raw) {
    return raw.length() <= LakeSchema.Quarantine.RAW_MAX_CHARS
        ? raw : raw.substring(0, LakeSchema.Quarantine.RAW_MAX_CHARS) + "…";
  }
}
