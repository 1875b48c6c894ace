package io.staffline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written reader of the common shape agrees with the general formatter. */
class TimestampsTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** The outcome of a reader: an instant, or "rejected". */
  private static String outcome(String raw, boolean fast) {
    try {
      Instant t = fast ? Timestamps.parse(raw, BERLIN) : Timestamps.parseFull(raw, BERLIN);
      return t.toString();
    } catch (DateTimeException e) {
      return "rejected";
    }
  }

  @Test
  void handWorkedValues() {
    assertEquals(Instant.parse("2026-08-24T00:04:51Z"), Timestamps.parse("2026-08-24T02:04:51+02:00", BERLIN));
    assertEquals(Instant.parse("2026-08-24T00:04:51Z"), Timestamps.parse("2026-08-24T00:04:51Z", BERLIN));
    // Naive: read in the zone (summer time, UTC+2).
    assertEquals(Instant.parse("2026-08-24T00:04:51Z"), Timestamps.parse("2026-08-24 02:04:51", BERLIN));
    assertEquals(Instant.parse("2026-08-24T00:04:51.120Z"), Timestamps.parse("2026-08-24t00:04:51.12z", BERLIN));
    assertEquals(Instant.parse("2026-08-24T05:34:51Z"), Timestamps.parse("2026-08-24T00:04:51-0530", BERLIN));
    // In the spring-forward gap (02:30 does not exist on 29 March 2026 in Berlin): moved on by the gap.
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), Timestamps.parse("2026-03-29T02:30:00", BERLIN));
    assertThrows(DateTimeException.class, () -> Timestamps.parse("2026-02-29T10:00:00Z", BERLIN));
    assertThrows(DateTimeException.class, () -> Timestamps.parse("2026-02-10T24:00:00Z", BERLIN));
  }

  @Test
  void theCommonShapeIsReadByHand() {
    assertNotNull(Timestamps.parseCommon("2026-08-24T02:04:51+02:00", BERLIN));
    assertNotNull(Timestamps.parseCommon("2026-08-24 02:04:51", BERLIN));
    assertEquals(null, Timestamps.parseCommon("2026-08-24T02:04", BERLIN));
    assertEquals(null, Timestamps.parseCommon("2026-08-24T02:04:51 +02:00", BERLIN));
  }

  @Test
  void bothReadersAgreeOnHandPickedEdges() {
    for (String raw : List.of("2026-08-24T02:04:51", "2026-08-24T02:04", "2026-08-24T02:04:51.", "2026-08-24T02:04:51.1234567891",
        "2026-08-24T02:04:51.123456789Z", "2026-08-24T02:04:51+14:00", "2026-08-24T02:04:51+19:00",
        "2026-08-24T02:04:51+01:60", "2026-08-24T02:04:51-00:30", "2026-08-24T02:04:51+01", "2026-08-24T02:04:51+0100",
        "2026-08-24T02:04:51+1", "2026-08-24T02:04:51+01:0", "2026-08-24T02:04:51ZZ", "2026-08-24T02:04:51 Z",
        "2026-08-24X02:04:51Z", "0000-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z", "2026-01-32T00:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z",
        "2026-1-01T00:00:00Z", "+2026-01-01T00:00:00Z", "2026-01-01T00:00:00+", "  2026-01-01T00:00:00Z  ",
        "2026-10-25T02:30:00", "2026-03-29T02:30:00", "2026-01-01T0a:00:00Z", "2026-01-01T00:00:00.5-01:00")) {
      assertEquals(outcome(raw, false), outcome(raw, true), raw);
    }
  }

  @Test
  void bothReadersAgreeOnRandomMutations() {
    Random random = new Random(7);
    String alphabet = "0123456789:-+.TtZz 0123456789";
    List<String> seeds = List.of("2026-08-24T02:04:51+02:00", "2026-08-24 02:04:51", "2026-08-24T02:04:51.123Z",
        "2026-03-29T02:30:00", "2026-10-25T02:30:00-0100", "2024-02-29T23:59:59+05");
    int agreedOnInstants = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      int edits = random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(s.length() + 1);
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> s.insert(at, c);
          case 1 -> {
            if (at < s.length()) {
              s.setCharAt(at, c);
            }
          }
          default -> {
            if (at < s.length()) {
              s.deleteCharAt(at);
            }
          }
        }
      }
      String raw = s.toString();
      String expected = outcome(raw, false);
      assertEquals(expected, outcome(raw, true), raw);
      if (!expected.equals("rejected")) {
        agreedOnInstants++;
      }
    }
    // The mutations must leave many valid timestamps, or the test would only compare rejections.
    assertEquals(true, agreedOnInstants > 20_000, "valid timestamps compared: " + agreedOnInstants);
  }
}
