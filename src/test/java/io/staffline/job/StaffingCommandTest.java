package io.staffline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.staffing.ForecastTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code staffline staffing}: the console report, and bad settings through the command line. */
class StaffingCommandTest {
  static final Instant MONDAY_0900 = Instant.parse("2026-11-30T09:00:00Z");
  static final Instant MONDAY_0930 = Instant.parse("2026-11-30T09:30:00Z");
  static final String CONFIG = """
      channels:
        phone: {model: erlang, service_level: 80%, answer_seconds: 20}
        email: {model: backlog, response_business_hours: 8, default_aht_seconds: 480}
      lines:
        1: {planned_shrinkage: 20%, unplanned_shrinkage: 10%}
      """;
  static final String ALWAYS_OPEN = """
      calendars:
        default:
          time_zone: UTC
          versions:
            - weekly_hours: {mon-sun: ["00:00-24:00"]}
      """;

  @TempDir Path dir;

  /** The output with runs of blanks as one, so table columns compare as words. */
  private static String words(CommandLineTest.Run run) {
    return run.out().replaceAll(" +", " ");
  }

  private static ForecastTable forecast() {
    return new ForecastTable()
        .row("billing", "phone", 1, MONDAY_0900, 100, 180.0)
        .row("billing", "phone", 1, MONDAY_0930, 57, 180.0)
        .row("technical", "email", 2, MONDAY_0900, 6, null);
  }

  private CommandLineTest.Run staffing(String config, String... more) throws IOException {
    return staffing(forecast(), config, more);
  }

  private CommandLineTest.Run staffing(ForecastTable forecast, String config, String... more)
      throws IOException {
    forecast.commit(dir.resolve("forecast"));
    Path configFile = Files.writeString(dir.resolve("staffing.yaml"), config);
    Path calendars = Files.writeString(dir.resolve("calendars.yaml"), ALWAYS_OPEN);
    String[] base = {"staffing", "--forecast", dir.resolve("forecast").toString(),
        "--out", dir.resolve("staffing").toString(), "--config", configFile.toString(),
        "--calendars", calendars.toString()};
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base),
        java.util.Arrays.stream(more)).toArray(String[]::new);
    return CommandLineTest.run(args);
  }

  @Test
  void printsNextWeeksPeakAndAgentHoursPerLine() throws IOException {
    // Line 1: 09:00 the worked example, 14 agents → 14 / 0.7 = 20 scheduled; 09:30 57 contacts,
    // 9 agents → 12.9 → 13. Agent-hours (14 + 9) × 0.5 h = 11.5, scheduled (20 + 13) × 0.5 = 16.5.
    // Line 2: 6 emails × 480 s due within 8 h: 1 agent, no shrinkage, half an hour.
    CommandLineTest.Run run = staffing(CONFIG);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Next week, Mon 2026-11-30 to Sun 2026-12-06 (UTC, 30-minute"
        + " intervals); the forecast covers 2 of its 336 intervals:"), run.out());
    assertTrue(words(run).contains("\n1 14 Mon 2026-11-30 09:00 11.5 30% 20 16.5\n"), run.out());
    assertTrue(words(run).contains("\n2 1 Mon 2026-11-30 09:00 0.5 0% 1 0.5\n"), run.out());
  }

  @Test
  void namesTheModelOfEachChannelAndWhereTheDefaultAhtStoodIn() throws IOException {
    CommandLineTest.Run run = staffing(CONFIG);
    assertTrue(run.out().contains("phone  erlang_c (Erlang C): 80% answered within 20 s"), run.out());
    assertTrue(run.out().contains("email  backlog: every contact answered within 8 business hours"),
        run.out());
    assertTrue(run.out().contains("AHT email: the forecast has none for 1 of 1 queue-intervals;"
        + " used the default 480 s (channels.email.default_aht_seconds)"), run.out());
    assertTrue(words(run).contains("staffing_requirements 3\n"), run.out());
    assertTrue(words(run).contains("staffing_by_line 3\n"), run.out());
  }

  @Test
  void aChannelSizedDifferentlyOnALineIsListedPerLine() throws IOException {
    // Phone on lines 1 and 2, line 2 overriding it; email on line 2 alike for its one line.
    String config = CONFIG + """
          2:
            channels:
              phone: {model: backlog, response_business_hours: 16, default_aht_seconds: 1500}
        """;
    CommandLineTest.Run run = staffing(
        forecast().row("technical", "phone", 2, MONDAY_0900, 3, null), config);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Models per channel:\n"
        + "  phone  line 1: erlang_c (Erlang C): 80% answered within 20 s\n"
        + "  phone  line 2: backlog: every contact answered within 16 business hours of the team"
        + " calendar (one staffing over the horizon, while open)\n"
        + "  email  backlog: every contact answered within 8 business hours"), run.out());
    assertTrue(run.out().contains("AHT phone: the forecast has none for 1 of 1 queue-intervals;"
        + " used the default 1500 s (lines.2.channels.phone.default_aht_seconds)"), run.out());
  }

  @Test
  void anErlangAChannelSaysWhichServiceLevelReadingItsTargetUses() throws IOException {
    CommandLineTest.Run run = staffing(CONFIG.replace("answer_seconds: 20}", "answer_seconds: 20, patience_seconds: 60}"));
    assertTrue(run.out().contains("phone  erlang_a (Erlang A): 80% answered within 20 s over all"
        + " arrivals (abandons count as misses), mean patience 60 s"), run.out());
  }

  @Test
  void aBadSettingFailsNamingTheFileLineAndKey() throws IOException {
    CommandLineTest.Run run = staffing(CONFIG.replace("planned_shrinkage: 20%", "planned_shrinkage: 95%"));
    assertEquals(1, run.exit());
    assertTrue(run.err().contains(dir.resolve("staffing.yaml") + " line 5: lines.1.unplanned_shrinkage:"
        + " planned + unplanned shrinkage = 95% + 10% = 105%"), run.err());
  }

  @Test
  void aWeekThatIsNotAMondayIsRejected() throws IOException {
    CommandLineTest.Run run = staffing(CONFIG, "--week", "2026-12-01");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--week 2026-12-01 is a tuesday, not a Monday"), run.err());
  }
}
