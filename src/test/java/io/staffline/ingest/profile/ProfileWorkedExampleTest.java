package io.staffline.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.SparkTestSession;
import io.staffline.ingest.IngestJob;
import io.staffline.ingest.IngestSettings;
import io.staffline.ingest.Progress;
import io.staffline.ingest.Pseudonymizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of docs/sources.md, run as written: a new helpdesk added with a profile only. */
class ProfileWorkedExampleTest {
  static final Path DIR = Path.of("src/test/resources/worked-example");
  static final Pseudonymizer KEYS = new Pseudonymizer("test-key");

  @Test
  void theDocumentedExampleGivesTheDocumentedTicketAndEvents(@TempDir Path lake) {
    IngestJob.Result r = new IngestJob(SparkTestSession.get(), new IngestSettings(DIR, lake, ZoneId.of("UTC"),
        Instant.parse("2026-11-01T00:00:00Z"), 0.05, "my-helpdesk"), KEYS, false,
        Clock.fixed(Instant.parse("2026-11-02T00:00:00Z"), ZoneOffset.UTC), Progress.silent())
        .withProfile(Profiles.load(DIR.resolve("my-helpdesk.yaml").toString()), List.of(DIR.resolve("changes.csv")))
        .run();
    assertEquals(4, r.manifest().files().get(0).rowsRead());
    assertEquals(4, r.manifest().files().get(0).rowsAccepted());

    Row t = SparkTestSession.get().read().parquet(lake.resolve("current/tickets").toString()).first();
    assertEquals("4711", t.getAs("ticket_id"));
    assertEquals("my-helpdesk", t.getAs("source"));
    assertEquals(Instant.parse("2026-09-01T06:15:00Z"), t.getAs("created_at"), "08:15 CEST");
    assertEquals("Servicedesk", t.getAs("entry_team"));
    assertEquals("normal", t.getAs("priority"));
    assertEquals("other", t.getAs("channel"));
    assertEquals("solved", t.getAs("status"));
    assertEquals(Duration.ofMinutes(170),
        Duration.between((Instant) t.getAs("created_at"), (Instant) t.getAs("first_solved_at")));

    String mmeyer = KEYS.pseudonym(Pseudonymizer.Domain.AGENT, "mmeyer");
    String kkrause = KEYS.pseudonym(Pseudonymizer.Domain.AGENT, "kkrause");
    List<String> events = SparkTestSession.get().read().parquet(lake.resolve("current/ticket_events").toString())
        .orderBy("seq").collectAsList().stream()
        .map(e -> e.getAs("seq") + " " + e.getAs("event_at") + " " + e.getAs("type") + " " + e.getAs("team")
            + " L" + e.getAs("tier") + " " + e.getAs("old_value") + "->" + e.getAs("new_value")).toList();
    assertEquals(List.of(
        "1 2026-09-01T06:15:00Z created Servicedesk L1 null->null",
        "2 2026-09-01T06:20:00Z assigned Servicedesk L1 null->" + mmeyer,
        "3 2026-09-01T06:20:00Z status_changed Servicedesk L1 new->open",
        "4 2026-09-01T07:40:00Z group_changed Netzwerk 2nd L2 Servicedesk->Netzwerk 2nd",
        "5 2026-09-01T07:40:00Z tier_changed Netzwerk 2nd L2 1->2",
        "6 2026-09-01T07:40:00Z assigned Netzwerk 2nd L2 " + mmeyer + "->" + kkrause,
        "7 2026-09-01T09:05:00Z solved Netzwerk 2nd L2 open->solved"), events);
  }

  @Test
  void anUnknownKeyInAProfileIsAnErrorNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profiles.read(
        new ByteArrayInputStream("name: x\nlayout: event_log\nfeilds: {}\n".getBytes(StandardCharsets.UTF_8)), "x.yaml"));
    assertTrue(e.getMessage().startsWith("x.yaml: unknown key 'feilds' at line 3"), e.getMessage());
  }

  @Test
  void anUnknownCanonicalFieldIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profiles.read(
        new ByteArrayInputStream("name: x\nlayout: event_log\nfields: {ticket_id: a, event_at: b, mood: c}\n"
            .getBytes(StandardCharsets.UTF_8)), "x.yaml"));
    assertTrue(e.getMessage().startsWith("x.yaml: fields: unknown canonical field 'mood'"), e.getMessage());
  }
}
