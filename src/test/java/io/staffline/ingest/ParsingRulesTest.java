package io.staffline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row-level rules without Spark: CSV splitting, timestamps, pseudonyms. */
class ParsingRulesTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void csvFieldsFollowRfc4180WithinALine() throws Reject {
    assertEquals(List.of("a", "b,c", "say \"hi\"", ""), CsvLine.split("a,\"b,c\",\"say \"\"hi\"\"\",", ',', '"'));
    assertEquals(List.of(""), CsvLine.split("", ',', '"'));
    assertEquals(List.of("", "", ""), CsvLine.split(",,", ',', '"'));
  }

  @Test
  void anUnclosedQuoteIsRejected() {
    Reject r = assertThrows(Reject.class, () -> CsvLine.split("a,\"b,c", ',', '"'));
    assertEquals(ReasonCode.UNBALANCED_QUOTE, r.code());
  }

  @Test
  void timestampsWithAnOffsetAreExact() {
    assertEquals(Instant.parse("2026-09-01T06:15:00Z"), Timestamps.parse("2026-09-01T08:15:00+02:00", BERLIN));
    assertEquals(Instant.parse("2026-09-01T08:15:00Z"), Timestamps.parse("2026-09-01T08:15:00Z", BERLIN));
    assertEquals(Instant.parse("2026-09-01T06:15:00.250Z"), Timestamps.parse("2026-09-01 08:15:00.25+0200", BERLIN));
  }

  @Test
  void naiveTimestampsAreReadInTheConfiguredZone() {
    assertEquals(Instant.parse("2026-01-15T08:00:00Z"), Timestamps.parse("2026-01-15 09:00", BERLIN), "CET +01:00");
    assertEquals(Instant.parse("2026-07-15T07:00:00Z"), Timestamps.parse("2026-07-15T09:00:00", BERLIN), "CEST +02:00");
  }

  @Test
  void aNaiveTimeInTheSpringGapMovesForwardByTheGap() {
    // 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 CET to 03:00 CEST.
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), Timestamps.parse("2026-03-29T02:30", BERLIN));
  }

  @Test
  void aNaiveTimeInTheAutumnOverlapTakesTheEarlierOffset() {
    // 2026-10-25 02:30 happens twice in Berlin; the first time is CEST (+02:00).
    assertEquals(Instant.parse("2026-10-25T00:30:00Z"), Timestamps.parse("2026-10-25T02:30", BERLIN));
  }

  @Test
  void impossibleDatesAreNotTimestamps() {
    assertThrows(java.time.DateTimeException.class, () -> Timestamps.parse("2026-02-30T08:00:00Z", BERLIN));
    assertThrows(java.time.DateTimeException.class, () -> Timestamps.parse("31/02/2026 08:00", BERLIN));
  }

  @Test
  void pseudonymsAreKeyedHmacsSeparatedByDomain() {
    Pseudonymizer dev = new Pseudonymizer(Pseudonymizer.DEVELOPMENT_KEY);
    // Expected values computed independently with Python: hmac.new(key, b"DOMAIN:id", sha256).hexdigest()[:16]
    assertEquals("e5543c1498148755", dev.pseudonym(Pseudonymizer.Domain.REQUESTER, "C1"));
    assertEquals("926e94640fa79a4d", dev.pseudonym(Pseudonymizer.Domain.AGENT, "C1"));
    assertEquals("238f177bdb22e868", new Pseudonymizer("k").pseudonym(Pseudonymizer.Domain.AGENT, " a1 "));
    assertNull(dev.pseudonym(Pseudonymizer.Domain.AGENT, "  "));
  }

  @Test
  void aFileBelongsToTheTableItsNameStartsWith() {
    assertEquals(InputTable.TICKETS, InputTable.forFileName("tickets_2026-09.csv.gz").orElseThrow());
    assertEquals(InputTable.TICKET_EVENTS, InputTable.forFileName("ticket_events.jsonl").orElseThrow());
    assertEquals(InputTable.TICKET_EVENTS, InputTable.forFileName("events-part1.csv").orElseThrow());
    assertEquals(InputTable.AGENT_LEVELS, InputTable.forFileName("agent_levels.csv").orElseThrow());
    assertEquals(InputTable.AGENTS, InputTable.forFileName("agents.csv").orElseThrow());
    assertEquals(java.util.Optional.empty(), InputTable.forFileName("ground_truth.json"));
  }
}
