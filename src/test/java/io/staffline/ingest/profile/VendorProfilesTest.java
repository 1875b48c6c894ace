package io.staffline.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.SparkTestSession;
import io.staffline.ingest.CsvLine;
import io.staffline.ingest.IngestJob;
import io.staffline.ingest.IngestSettings;
import io.staffline.ingest.Progress;
import io.staffline.ingest.Pseudonymizer;
import io.staffline.ingest.Pseudonymizer.Domain;
import io.staffline.ingest.Reject;
import io.staffline.ingest.RunManifest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vendor profiles (docs/sources-vendors.md) on small fixtures shaped like each vendor's
 * documented export, in src/test/resources/sources. Every expected value is worked out by hand
 * from the fixture lines; times are UTC because the built-in profiles read naive times as UTC.
 */
class VendorProfilesTest {
  static final Path SOURCES = Path.of("src/test/resources/sources");
  static final Path JIRA = SOURCES.resolve("jira-sm-export.csv");
  static final Path FRESHDESK = SOURCES.resolve("freshdesk-tickets.csv");
  static final Path ZENDESK = SOURCES.resolve("zendesk-tickets.jsonl");
  static final Instant EXPORT_TIME = Instant.parse("2026-10-01T00:00:00Z");
  static final Pseudonymizer KEYS = new Pseudonymizer("test");
  /** Each fixture quarantines one row of 7 to 9 on purpose: above the 5% default. */
  static final double MAX_QUARANTINE_RATIO = 0.5;

  @TempDir static Path lakes;
  static IngestJob.Result jira;
  static IngestJob.Result freshdesk;
  static IngestJob.Result zendesk;

  @BeforeAll
  static void ingestTheThreeFixtures() {
    jira = ingest("jira-sm-csv", JIRA);
    freshdesk = ingest("freshdesk-csv", FRESHDESK);
    zendesk = ingest("zendesk", ZENDESK);
  }

  static IngestJob.Result ingest(String profile, Path file) {
    return new IngestJob(SparkTestSession.get(), new IngestSettings(SOURCES, lake(profile), ZoneId.of("UTC"),
        EXPORT_TIME, MAX_QUARANTINE_RATIO, profile), KEYS, false,
        Clock.fixed(Instant.parse("2026-10-02T00:00:00Z"), ZoneOffset.UTC), Progress.silent())
        .withProfile(Profiles.load(profile), List.of(file)).run();
  }

  static Path lake(String profile) {
    return lakes.resolve(profile);
  }

  // ---- Jira Service Management ----------------------------------------------------------------

  @Test
  void jiraIssuesBecomeTicketsAsWorkedOutByHand() {
    assertEquals(List.of(
        "ITSD-101 2026-09-14T09:05:00Z solved reply=2026-09-14T09:32:10Z solved=2026-09-14T16:40:00Z closed=null"
            + " email high Report a system problem team=L2 - Network csat=4",
        "ITSD-102 2026-09-15T08:00:00Z closed reply=2026-09-15T08:10:00Z solved=2026-09-15T08:45:00Z"
            + " closed=2026-09-18T08:45:00Z web normal Reset a password team=L1 - Service Desk csat=5",
        "ITSD-103 2026-09-15T13:15:00Z pending reply=2026-09-15T14:00:00Z solved=null closed=null"
            + " web low Get help with billing team=L2 - Billing csat=null",
        "ITSD-104 2026-09-16T00:05:00Z open reply=null solved=null closed=null"
            + " phone urgent Report a system problem team=L3 - DBA csat=null",
        "ITSD-105 2026-09-16T10:00:00Z closed reply=null solved=2026-09-16T10:20:00Z closed=2026-09-16T10:20:00Z"
            + " email low Reset a password team=null csat=null",
        "ITSD-106 2026-09-17T15:15:00Z open reply=null solved=null closed=null"
            + " chat normal Request new hardware team=L1 - Service Desk csat=null",
        "ITSD-108 2026-09-18T23:59:00Z open reply=2026-09-19T08:00:00Z solved=null closed=null"
            + " api high Report a system problem team=L2 - Network csat=null",
        "ITSD-109 2026-09-19T07:30:00Z hold reply=2026-09-19T07:55:00Z solved=null closed=null"
            + " email normal Get help with email team=L2 - Messaging csat=null"), tickets("jira-sm-csv"));
  }

  @Test
  void jiraEntryTeamAndLineComeFromTheComponentNamingALineInEitherComponentColumn() {
    // ITSD-101 and ITSD-109 name their line in the second Component/s column; ITSD-105 has none.
    assertEquals(List.of("ITSD-101 L2 - Network 2", "ITSD-102 L1 - Service Desk 1", "ITSD-103 L2 - Billing 2",
        "ITSD-104 L3 - DBA 3", "ITSD-105 null 1", "ITSD-106 L1 - Service Desk 1", "ITSD-108 L2 - Network 2",
        "ITSD-109 L2 - Messaging 2"), createdEvents("jira-sm-csv"));
  }

  @Test
  void aClosedJiraIssueIsRepliedSolvedClosedAndRated() {
    assertEquals(List.of(
        "2026-09-15T08:00:00Z created new null",
        "2026-09-15T08:10:00Z public_reply open null",
        "2026-09-15T08:45:00Z solved solved null",
        "2026-09-18T08:45:00Z closed closed null",
        "2026-09-18T08:45:00Z rated closed 5"), events("jira-sm-csv", "ITSD-102"));
  }

  @Test
  void jiraIdsArePseudonymisedAndChosenColumnsKept() {
    Row t = ticket("jira-sm-csv", "ITSD-101");
    assertEquals(KEYS.pseudonym(Domain.REQUESTER, "qm:5d1c0e9a-bruno-diaz"), t.getAs("requester_key"));
    assertEquals(Map.of("Issue id", "10101", "Issue Type", "[System] Incident", "Resolution", "Done"),
        scala.jdk.javaapi.CollectionConverters.asJava(t.<scala.collection.Map<String, String>>getAs("source_attributes")));
    assertEquals(List.of(KEYS.pseudonym(Domain.AGENT, "712020:4f7c1a2e-karin-holm")), table("jira-sm-csv", "ticket_events")
        .filter("ticket_id = 'ITSD-101' and type = 'solved'").select("agent_key").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList());
  }

  @Test
  void aJiraIssueInAnUnmappedStatusIsQuarantinedWithItsLineRedacted() {
    assertAccounting(jira, 9, 8, Map.of("unknown_value", 1L));
    Row q = table("jira-sm-csv", "quarantine").first();
    assertEquals(8L, (long) q.getAs("source_line"));
    assertEquals("unknown_value", q.getAs("reason_code"));
    assertTrue(q.<String>getAs("reason").startsWith("status 'Awaiting Vendor Quote' is not in the profile's value map"),
        q.<String>getAs("reason"));
    String agent = KEYS.pseudonym(Domain.AGENT, "712020:4f7c1a2e-karin-holm");
    String reporter = KEYS.pseudonym(Domain.REQUESTER, "qm:6f5e4d3c-ingrid-olsen");
    assertEquals("<redacted>,ITSD-107,10107,[System] Service request,Awaiting Vendor Quote,<redacted>,Low,,<redacted>,"
        + agent + ",<redacted>," + reporter + ",17/Sep/26 4:00 PM,18/Sep/26 9:00 AM,,,L1 - Service Desk,,<redacted>,,,"
        + "Request new hardware,,,,Email,,,2026-09-18 09:00:00.000,<redacted>,", q.getAs("raw"));
  }

  @Test
  void noJiraPersonalDataReachesTheLake() throws IOException {
    assertNoneInLake("jira-sm-csv", "ITSD-101", List.of("Karin Holm", "Jonas Weber", "Bruno Diaz", "Chen Wei",
        "Dana Kowalski", "Erik Lund", "Hana Sato", "Ingrid Olsen", "Alma Ruiz", "Farah Haddad", "Gus Olsen",
        "Ivo Petrov", "chen.wei@example.com", "ingrid.olsen@example.com", "5550101", "VPN drops every hour",
        "Password reset", "watermark", "Quote for", "please send the client log", "712020:4f7c1a2e",
        "qm:5d1c0e9a", "qm:6f5e4d3c"));
  }

  // ---- Freshdesk ------------------------------------------------------------------------------

  @Test
  void freshdeskTicketsAsWorkedOutByHand() {
    assertEquals(List.of(
        "1001 2026-09-14T10:23:45Z closed reply=2026-09-14T11:00:00Z solved=2026-09-14T15:00:00Z"
            + " closed=2026-09-16T15:00:12Z email normal Question team=L2 Billing csat=5",
        "1002 2026-09-15T08:00:00Z solved reply=2026-09-15T08:05:00Z solved=2026-09-15T09:10:00Z closed=null"
            + " web high Incident team=L1 Support csat=1",
        "1003 2026-09-15T23:50:10Z open reply=null solved=null closed=null phone urgent Incident team=L3 Engineering csat=null",
        "1004 2026-09-16T12:00:00Z pending reply=2026-09-16T12:01:30Z solved=null closed=null"
            + " chat low Refund team=Escalations csat=null",
        "1005 2026-09-17T07:45:00Z pending reply=2026-09-17T08:00:00Z solved=null closed=null"
            + " web normal Feature Request team=null csat=null",
        "1006 2026-09-17T09:00:00Z hold reply=2026-09-17T09:00:00Z solved=null closed=null"
            + " email high Problem team=L2 Billing csat=null",
        "1007 2026-09-18T14:30:00Z solved reply=2026-09-18T14:40:00Z solved=2026-09-18T16:00:00Z closed=null"
            + " other normal Question team=L1 Support csat=3"), tickets("freshdesk-csv"));
  }

  @Test
  void freshdeskLineComesFromTheGroupPrefixElseTheGroupsTable() {
    assertEquals(List.of("1001 L2 Billing 2", "1002 L1 Support 1", "1003 L3 Engineering 3", "1004 Escalations 2",
        "1005 null 1", "1006 L2 Billing 2", "1007 L1 Support 1"), createdEvents("freshdesk-csv"));
  }

  @Test
  void freshdeskContactAndCompanyArePseudonymised() {
    Row t = ticket("freshdesk-csv", "1001");
    assertEquals(KEYS.pseudonym(Domain.REQUESTER, "43000123"), t.getAs("requester_key"));
    assertEquals(KEYS.pseudonym(Domain.ORGANISATION, "Vogt Maschinenbau GmbH"), t.getAs("org_key"));
    assertEquals("01:30", t.<scala.collection.Map<String, String>>getAs("source_attributes").get("Time tracked").get());
  }

  @Test
  void aFreshdeskTicketExportedTwiceKeepsItsFirstRow() {
    assertAccounting(freshdesk, 8, 7, Map.of("duplicate_ticket", 1L));
    Row q = table("freshdesk-csv", "quarantine").first();
    assertEquals(8L, (long) q.getAs("source_line"));
    assertEquals("ticket '1002' already seen at freshdesk-tickets.csv:3", q.getAs("reason"));
  }

  @Test
  void freshdeskTimeTrackedIsReadAsHandleSecondsFromHoursAndMinutes() throws Exception {
    SourceRecord r = parseCsvLine(Profiles.load("freshdesk-csv"), FRESHDESK, 2);
    assertEquals(90 * 60, r.handleSeconds(), "01:30");
  }

  @Test
  void noFreshdeskPersonalDataReachesTheLake() throws IOException {
    assertNoneInLake("freshdesk-csv", "1001", List.of("Lena Vogt", "lena.vogt@example.org", "Omar Farouk",
        "omar@farouk-design.example", "Priya Nair", "priya.nair@example.net", "Marta Silva", "marta.silva@example.com",
        "Sofia Marin", "Tom Becker", "Vogt Maschinenbau", "Farouk Design", "43000123", "Invoice shows wrong VAT",
        "Cannot upload attachments", "Refund for double charge"));
  }

  // ---- Zendesk --------------------------------------------------------------------------------

  @Test
  void zendeskTicketsAsWorkedOutByHand() {
    // first reply = created_at + metric_set.reply_time_in_minutes.calendar (5001: 08:01:12 + 29 min).
    // 5002 was reopened once: metric_set.solved_at is its last solve, so first_solved_at is too.
    assertEquals(List.of(
        "5001 2026-09-14T08:01:12Z closed reply=2026-09-14T08:30:12Z solved=2026-09-14T12:30:00Z"
            + " closed=2026-09-20T09:00:00Z email high incident team=360000000002 csat=good",
        "5002 2026-09-15T13:45:00Z solved reply=2026-09-15T13:48:00Z solved=2026-09-17T10:00:00Z closed=null"
            + " phone normal question team=360000000001 csat=null",
        "5003 2026-09-16T22:10:05Z open reply=null solved=null closed=null web normal problem team=360000000003 csat=null",
        "5004 2026-09-17T06:00:00Z pending reply=2026-09-17T06:12:00Z solved=null closed=null"
            + " chat urgent null team=null csat=null",
        "5005 2026-09-18T10:00:00Z hold reply=2026-09-18T11:00:00Z solved=null closed=null"
            + " other low incident team=360000000002 csat=null",
        "5007 2026-09-19T09:30:00Z new reply=null solved=null closed=null api normal task team=null csat=null"),
        tickets("zendesk"));
  }

  @Test
  void zendeskLineComesFromTheGroupIdTable() {
    assertEquals(List.of("5001 360000000002 2", "5002 360000000001 1", "5003 360000000003 3", "5004 null 1",
        "5005 360000000002 2", "5007 null 1"), createdEvents("zendesk"));
  }

  @Test
  void zendeskKeepsMetricSetCountsAndPseudonymisesIds() {
    Row t = ticket("zendesk", "5002");
    assertEquals(Map.of("metric_set.reopens", "1", "metric_set.replies", "3",
        "metric_set.first_resolution_time_in_minutes.calendar", "60",
        "metric_set.full_resolution_time_in_minutes.calendar", "2655",
        "metric_set.reply_time_in_minutes.business", "3"),
        scala.jdk.javaapi.CollectionConverters.asJava(t.<scala.collection.Map<String, String>>getAs("source_attributes")));
    Row t1 = ticket("zendesk", "5001");
    assertEquals(KEYS.pseudonym(Domain.REQUESTER, "900000000101"), t1.getAs("requester_key"));
    assertEquals(KEYS.pseudonym(Domain.ORGANISATION, "800000000001"), t1.getAs("org_key"));
    assertEquals(List.of(
        "2026-09-14T08:01:12Z created new null",
        "2026-09-14T08:30:12Z public_reply open null",
        "2026-09-14T12:30:00Z solved solved null",
        "2026-09-20T09:00:00Z closed closed null",
        "2026-09-20T09:00:00Z rated closed good"), events("zendesk", "5001"));
  }

  @Test
  void aDeletedZendeskTicketIsQuarantinedShowingOnlyTheReadPaths() {
    assertAccounting(zendesk, 7, 6, Map.of("unknown_value", 1L));
    Row q = table("zendesk", "quarantine").first();
    assertEquals(6L, (long) q.getAs("source_line"));
    assertEquals("{\"id\":\"5006\",\"created_at\":\"2026-09-18T11:00:00Z\",\"status\":\"deleted\",\"priority\":\"normal\","
        + "\"via.channel\":\"email\",\"type\":null,\"group_id\":\"360000000001\",\"assignee_id\":null,"
        + "\"requester_id\":\"" + KEYS.pseudonym(Domain.REQUESTER, "900000000106") + "\",\"organization_id\":null,"
        + "\"metric_set.reply_time_in_minutes.calendar\":null,\"metric_set.solved_at\":null,"
        + "\"updated_at\":\"2026-09-18T12:00:00Z\",\"satisfaction_rating.score\":\"unoffered\","
        + "\"metric_set.reopens\":\"0\",\"metric_set.replies\":\"0\","
        + "\"metric_set.first_resolution_time_in_minutes.calendar\":null,"
        + "\"metric_set.full_resolution_time_in_minutes.calendar\":null,"
        + "\"metric_set.reply_time_in_minutes.business\":null}", q.getAs("raw"));
  }

  @Test
  void noZendeskPersonalDataReachesTheLake() throws IOException {
    assertNoneInLake("zendesk", "5001", List.of("Maria Lopez", "maria.lopez@example.com", "Lopez Bakery",
        "Cannot log in", "Jonas fixed it", "Ben Okafor", "555 0100", "Chloe Martin", "Dmitri Ivanov", "Eva Schneider",
        "Peter Novak", "peter.novak@example.com", "Farid Khan", "900000000101", "900000000501", "800000000001"));
  }

  // ---- parser extensions ----------------------------------------------------------------------

  @Test
  void naiveTimesAreReadInTheProfilesZoneAndJiraTimesInEnglish() {
    SourceProfile fd = Profiles.load("freshdesk-csv");
    SourceProfile berlin = new SourceProfile(fd.name(), fd.description(), fd.format(), fd.layout(),
        new SourceProfile.TimeFormat("Europe/Berlin", fd.time().patterns(), null), fd.fields(), fd.values(),
        fd.defaults(), fd.tier(), fd.keep(), fd.pick(), fd.whenStatus(), fd.durations());
    assertEquals(Instant.parse("2026-09-14T08:23:45Z"), parser(berlin, List.of()).parseTime("2026-09-14 10:23:45"));
    ProfileLineParser jiraTimes = parser(Profiles.load("jira-sm-csv"), List.of());
    assertEquals(Instant.parse("2026-09-21T15:15:00Z"), jiraTimes.parseTime("21/Sep/26 3:15 PM"));
    assertEquals(Instant.parse("2026-09-21T00:05:00Z"), jiraTimes.parseTime("21/Sep/26 12:05 AM"));
    assertEquals(Instant.parse("2026-09-21T15:15:00.250Z"), jiraTimes.parseTime("2026-09-21 15:15:00.250"));
  }

  @Test
  void durationsAreReadInTheirUnit() {
    assertAll(
        () -> assertEquals(450_300L, SourceProfile.DurationUnit.HH_MM.seconds("125:05")),
        () -> assertEquals(5_415L, SourceProfile.DurationUnit.HH_MM_SS.seconds("01:30:15")),
        () -> assertEquals(90L, SourceProfile.DurationUnit.MINUTES.seconds("1.5")),
        () -> assertEquals(4_500L, SourceProfile.DurationUnit.HOURS.seconds("1.25")),
        () -> assertThrows(IllegalArgumentException.class, () -> SourceProfile.DurationUnit.HH_MM.seconds("1:75")),
        () -> assertThrows(IllegalArgumentException.class, () -> SourceProfile.DurationUnit.HH_MM.seconds("01:30:15")),
        () -> assertThrows(IllegalArgumentException.class, () -> SourceProfile.DurationUnit.MINUTES.seconds("-3")));
  }

  @Test
  void aBadDurationQuarantinesTheRowAsBadNumberNamingColumnAndUnit() throws Exception {
    SourceProfile fd = Profiles.load("freshdesk-csv");
    List<String> header = header(FRESHDESK);
    String line = Files.readAllLines(FRESHDESK).get(1).replace(",01:30,", ",1h 30m,");
    SourceLine l = parser(fd, header).parse(2, line.getBytes(StandardCharsets.UTF_8));
    assertEquals("bad_number", l.reasonCode());
    assertEquals("handle_seconds [Time tracked]: '1h 30m' is not a duration >= 0 in hh:mm (durations.handle_seconds.unit)",
        l.reason());
  }

  @Test
  void aJsonPathSelectsAnArrayElementByPositionOrByAMembersValue() throws Exception {
    SourceProfile p = Profiles.read(new ByteArrayInputStream("""
        name: zendesk-custom
        layout: ticket_rows
        format: {type: jsonl}
        fields: {ticket_id: id, created_at: created_at, category: "custom_fields[id=360001].value", team: "tags[1]"}
        """.getBytes(StandardCharsets.UTF_8)), "zendesk-custom.yaml");
    SourceRecord r = parser(p, List.of()).parse(1, Files.readAllLines(ZENDESK).get(0).getBytes(StandardCharsets.UTF_8))
        .record();
    assertEquals("hardware", r.category());
    assertEquals("lockout", r.team());
  }

  @Test
  void aLineThatIsNotAJsonObjectIsBadJsonAndKeptFullyMasked() {
    SourceLine l = parser(Profiles.load("zendesk"), List.of())
        .parse(3, "{\"id\": 1, \"subject\": \"Call Maria".getBytes(StandardCharsets.UTF_8));
    assertEquals("bad_json", l.reasonCode());
    assertEquals(ProfileLineParser.MASK, l.raw());
  }

  @Test
  void profileExtensionsAreChecked() {
    String base = "name: x\nlayout: ticket_rows\nfields: {ticket_id: id, created_at: c, closed_at: u, first_reply_at: m}\n";
    assertAll(
        () -> assertRejected(base + "when_status: {closed_at: [finished]}",
            "x.yaml: when_status.closed_at: 'finished' is not a canonical status"),
        () -> assertRejected(base + "durations: {first_reply_at: {unit: minutes}}",
            "x.yaml: durations.first_reply_at.after must name the time it is counted from"),
        () -> assertRejected(base + "durations: {first_reply_at: {unit: fortnights, after: created_at}}",
            "x.yaml: Cannot deserialize value of type"),
        () -> assertRejected(base + "pick: {team: \"^L\"}", "x.yaml: pick: 'team' is not mapped in fields"),
        () -> assertRejected(base.replace("ticket_id: id", "ticket_id: \"a..b\"") + "format: {type: jsonl}",
            "x.yaml: 'a..b' is not a JSON path"));
  }

  @Test
  void everyBuiltInProfileLoads() {
    for (String name : Profiles.BUILT_IN) {
      assertEquals(name, Profiles.load(name).name());
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  static void assertRejected(String yaml, String messageStart) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Profiles.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml"));
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }

  static void assertAccounting(IngestJob.Result r, long read, long accepted, Map<String, Long> quarantined) {
    RunManifest.FileEntry f = r.manifest().files().get(0);
    assertEquals(List.of(read, accepted, read - accepted, quarantined),
        List.of(f.rowsRead(), f.rowsAccepted(), f.rowsQuarantined(), f.quarantinedByReason()));
    assertEquals(f.rowsRead(), f.rowsAccepted() + f.rowsQuarantined());
    assertEquals(accepted, r.manifest().tables().get("tickets"));
  }

  /** Every table of the lake and its manifest, as text: none of {@code personal} may occur in it. */
  static void assertNoneInLake(String profile, String knownTicket, List<String> personal) throws IOException {
    StringBuilder all = new StringBuilder(Files.readString(lake(profile).resolve("current/manifest.json")));
    List<String> tables = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(lake(profile).resolve("current"))) {
      dirs.filter(Files::isDirectory).forEach(d -> tables.add(d.getFileName().toString()));
    }
    assertEquals(List.of("agent_levels", "agents", "manifest", "quarantine", "ticket_events", "tickets"),
        tables.stream().sorted().toList());
    for (String t : tables) {
      table(profile, t).toJSON().collectAsList().forEach(all::append);
    }
    // The scan sees the rows: a ticket id and the quarantined row are in the text.
    assertTrue(all.indexOf("\"ticket_id\":\"" + knownTicket + "\"") >= 0, "tickets scanned");
    assertTrue(all.indexOf("\"reason_code\":\"") >= 0, "quarantine scanned");
    for (String p : personal) {
      assertFalse(all.toString().toLowerCase().contains(p.toLowerCase()), profile + " lake contains '" + p + "'");
    }
  }

  static Dataset<Row> table(String profile, String name) {
    return SparkTestSession.get().read().parquet(lake(profile).resolve("current").resolve(name).toString());
  }

  static Row ticket(String profile, String id) {
    return table(profile, "tickets").filter(org.apache.spark.sql.functions.col("ticket_id").equalTo(id)).first();
  }

  /** Each ticket: id, created, status, first reply, first solve, close, channel, priority, category, entry team, rating. */
  static List<String> tickets(String profile) {
    return table(profile, "tickets").orderBy("ticket_id").collectAsList().stream().map(t -> t.getAs("ticket_id") + " "
        + t.getAs("created_at") + " " + t.getAs("status") + " reply=" + t.getAs("first_reply_at")
        + " solved=" + t.getAs("first_solved_at") + " closed=" + t.getAs("closed_at") + " " + t.getAs("channel")
        + " " + t.getAs("priority") + " " + t.getAs("category") + " team=" + t.getAs("entry_team")
        + " csat=" + t.getAs("csat")).toList();
  }

  /** Each ticket's created event: id, team, line. */
  static List<String> createdEvents(String profile) {
    return table(profile, "ticket_events").filter("type = 'created'").orderBy("ticket_id").collectAsList().stream()
        .map(e -> e.getAs("ticket_id") + " " + e.getAs("team") + " " + e.getAs("tier")).toList();
  }

  /** One ticket's events in order: time, type, status after, new value. */
  static List<String> events(String profile, String id) {
    return table(profile, "ticket_events").filter(org.apache.spark.sql.functions.col("ticket_id").equalTo(id))
        .orderBy("seq").collectAsList().stream()
        .map(e -> e.getAs("event_at") + " " + e.getAs("type") + " " + e.getAs("status") + " " + e.getAs("new_value"))
        .toList();
  }

  static List<String> header(Path csv) throws IOException, Reject {
    return ProfileLineParser.numberRepeats(CsvLine.split(Files.readAllLines(csv).get(0), ',', '"'));
  }

  static ProfileLineParser parser(SourceProfile p, List<String> header) {
    return new ProfileLineParser(p, header, header.isEmpty() ? 0 : 1, "test", EXPORT_TIME, KEYS);
  }

  static SourceRecord parseCsvLine(SourceProfile p, Path csv, int lineNo) throws IOException, Reject {
    SourceLine l = parser(p, header(csv)).parse(lineNo, Files.readAllLines(csv).get(lineNo - 1).getBytes(StandardCharsets.UTF_8));
    assertEquals(null, l.reasonCode(), l.reason());
    return l.record();
  }
}
