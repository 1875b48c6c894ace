package io.staffline.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for personal identifiers: {@code HMAC-SHA256(key, domain + ":" + id)}, hex, the
 * first {@value #LENGTH} characters. The domain keeps requester, organisation and agent pseudonyms
 * apart, so one cannot be matched against another.
 */
public final class Pseudonymizer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The environment variable holding the key. */
  public static final String KEY_VARIABLE = "STAFFLINE_PSEUDONYM_KEY";
  /** The published development key: anyone can recompute its pseudonyms. Never for real data. */
  public static final String DEVELOPMENT_KEY = "staffline-development-key-not-for-real-data";
  public static final int LENGTH = 16;

  /** What a pseudonym stands for. */
  public enum Domain {
    REQUESTER, ORGANISATION, AGENT
  }

  private final byte[] key;
  private transient Mac mac;

  public Pseudonymizer(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(KEY_VARIABLE + " must not be blank");
    }
    this.key = key.getBytes(StandardCharsets.UTF_8);
  }

  /** The pseudonym of {@code id} in {@code domain}, or null for a null or blank id. */
  public String pseudonym(Domain domain, String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    byte[] digest = mac().doFinal((domain.name() + ":" + id.strip()).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, LENGTH);
  }

  private Mac mac() {
    if (mac == null) {
      try {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
      }
    }
    return mac;
  }
}
