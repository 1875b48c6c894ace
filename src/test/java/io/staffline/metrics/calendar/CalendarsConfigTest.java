package io.staffline.metrics.calendar;

import static io.staffline.metrics.calendar.BusinessCalendarTest.FRIDAY_1730;
import static io.staffline.metrics.calendar.BusinessCalendarTest.FRIDAY_TO_MONDAY_MINUTES;
import static io.staffline.metrics.calendar.BusinessCalendarTest.MONDAY_0915;
import static io.staffline.metrics.calendar.BusinessCalendarTest.berlin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jobs/calendars.yaml and the rules of the calendar file format (docs/business-hours.md). */
class CalendarsConfigTest {

  static final Path CALENDARS_FILE = Path.of("jobs", "calendars.yaml");
  static final YAMLMapper YAML = new YAMLMapper();

  static TeamCalendars fromYaml(String yaml) throws JsonProcessingException {
    return YAML.readValue(yaml, CalendarsConfig.class).toTeamCalendars();
  }

  static IllegalArgumentException rejected(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> fromYaml(yaml));
  }

  @Test
  void theBundledFileGivesTheSampleTeamsOfficeHours() throws IOException {
    TeamCalendars calendars =
        YAML.readValue(CALENDARS_FILE.toFile(), CalendarsConfig.class).toTeamCalendars();
    for (String team : List.of("billing", "technical", "accounts")) {
      BusinessCalendar calendar = calendars.forTeam(team);
      assertEquals("berlin-office", calendar.name());
      assertEquals(FRIDAY_TO_MONDAY_MINUTES, calendar.businessMinutes(FRIDAY_1730, MONDAY_0915));
    }
    BusinessCalendar office = calendars.forTeam("billing");
    assertEquals(7, office.holidays().size());
    assertFalse(office.isOpen(berlin("2026-12-25T10:00")));
    assertTrue(office.isOpen(berlin("2026-12-24T11:00")));
    assertFalse(office.isOpen(berlin("2026-12-24T13:00")));
    assertFalse(office.isOpen(berlin("2026-11-18T10:00")));
  }

  @Test
  void teamsWithoutACalendarUseTheAlwaysOpenDefault() throws IOException {
    TeamCalendars calendars =
        YAML.readValue(CALENDARS_FILE.toFile(), CalendarsConfig.class).toTeamCalendars();
    BusinessCalendar fallback = calendars.forTeam("vip-desk");
    assertSame(calendars.named(TeamCalendars.DEFAULT), fallback);
    assertSame(fallback, calendars.forTeam(null));
    assertEquals(Duration.between(FRIDAY_1730, MONDAY_0915),
        fallback.businessTime(FRIDAY_1730, MONDAY_0915));
  }

  @Test
  void versionsHolidaysAndDayRangesAreRead() throws JsonProcessingException {
    TeamCalendars calendars = fromYaml("""
        calendars:
          default:
            time_zone: Europe/Berlin
            versions:
              - valid_from: 2026-10-01
                weekly_hours:
                  monday-friday: ["07:00-20:00"]
              - valid_from: 2026-01-01
                weekly_hours:
                  mon-fri: ["08:00-12:00", "13:00-18:00"]
                  sat: ["09:00-13:00"]
            holidays:
              - {date: 2026-10-02, name: bridge day, closed: ["07:00-12:00"]}
        """);
    BusinessCalendar calendar = calendars.forTeam("any");
    assertEquals(2, calendar.versions().size());
    // Wed 17:00–18:00 (first version), Thu 07:00–20:00 (second), Fri 12:00–14:00 (bridge day).
    assertEquals(60 + 13 * 60 + 120,
        calendar.businessMinutes(berlin("2026-09-30T17:00"), berlin("2026-10-02T14:00")));
    assertFalse(calendar.isOpen(berlin("2026-09-29T12:30")));
    assertTrue(calendar.isOpen(berlin("2026-09-26T12:30")));
  }

  @Test
  void recordsCanBeBuiltInJavaWithoutYaml() {
    CalendarsConfig config = new CalendarsConfig(
        Map.of("default", new CalendarsConfig.CalendarSpec("UTC",
            List.of(new CalendarsConfig.VersionSpec(null, null,
                Map.of("mon-sun", List.of("00:00-24:00")))),
            null)),
        null);
    BusinessCalendar calendar = config.toTeamCalendars().forTeam("billing");
    Instant from = Instant.parse("2026-03-28T12:00:00Z");
    assertEquals(Duration.ofDays(3), calendar.businessTime(from, from.plus(Duration.ofDays(3))));
  }

  @Test
  void anUnknownKeyIsRejected() {
    assertThrows(UnrecognizedPropertyException.class, () -> fromYaml("""
        calendars:
          default:
            time_zone: UTC
            versions:
              - weekly_hour: {mon: ["08:00-18:00"]}
        """));
  }

  @Test
  void aBadRangeNamesItsSetting() {
    IllegalArgumentException error = rejected("""
        calendars:
          default:
            time_zone: UTC
            versions:
              - weekly_hours: {mon-fri: ["08:00-18:00", "20:00-02:00"]}
        """);
    assertTrue(error.getMessage().startsWith(
        "calendars.default.versions[0].weekly_hours.mon-fri[1]: "), error.getMessage());
  }

  @Test
  void aDayGivenTwiceIsRejected() {
    IllegalArgumentException error = rejected("""
        calendars:
          default:
            time_zone: UTC
            versions:
              - weekly_hours: {mon-fri: ["08:00-18:00"], friday: ["19:00-20:00"]}
        """);
    assertTrue(error.getMessage().contains("weekly_hours.friday: friday is already given"),
        error.getMessage());
  }

  @Test
  void anUnknownDayIsRejected() {
    IllegalArgumentException error = rejected("""
        calendars:
          default:
            time_zone: UTC
            versions:
              - weekly_hours: {fri-mon: ["08:00-18:00"]}
        """);
    assertTrue(error.getMessage().contains("runs backwards"), error.getMessage());
  }

  @Test
  void aMissingOrUnknownZoneIsRejected() {
    assertTrue(rejected("""
        calendars:
          default:
            versions:
              - weekly_hours: {}
        """).getMessage().startsWith("calendars.default.time_zone: missing"));
    assertTrue(rejected("""
        calendars:
          default:
            time_zone: Europe/Berlln
            versions:
              - weekly_hours: {}
        """).getMessage().startsWith("calendars.default.time_zone: 'Europe/Berlln'"));
  }

  @Test
  void aBadHolidayDateNamesItsSetting() {
    IllegalArgumentException error = rejected("""
        calendars:
          default:
            time_zone: UTC
            versions:
              - weekly_hours: {}
            holidays:
              - {date: 2026-12-25}
              - {date: 2026-12-32}
        """);
    assertTrue(error.getMessage().startsWith("calendars.default.holidays[1].date: '2026-12-32'"),
        error.getMessage());
  }

  @Test
  void theDefaultCalendarIsRequired() {
    IllegalArgumentException error = rejected("""
        calendars:
          office:
            time_zone: UTC
            versions:
              - weekly_hours: {}
        """);
    assertTrue(error.getMessage().contains("'default' is required"), error.getMessage());
  }

  @Test
  void aTeamOnAnUnknownCalendarIsRejected() {
    IllegalArgumentException error = rejected("""
        calendars:
          default:
            time_zone: UTC
            versions:
              - weekly_hours: {}
        teams:
          billing: berlin-ofice
        """);
    assertTrue(error.getMessage().startsWith("teams.billing: no calendar named 'berlin-ofice'"),
        error.getMessage());
  }

  @Test
  void onlyOneVersionMayOmitItsStart() {
    IllegalArgumentException error = rejected("""
        calendars:
          default:
            time_zone: UTC
            versions:
              - weekly_hours: {}
              - weekly_hours: {mon: ["08:00-18:00"]}
        """);
    assertTrue(error.getMessage().startsWith("calendars.default: calendar 'default' has two"
        + " versions valid from ever"), error.getMessage());
  }
}
