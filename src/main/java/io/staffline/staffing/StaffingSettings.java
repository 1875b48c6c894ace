package io.staffline.staffing;

import io.staffline.metrics.calendar.TeamCalendars;
import java.nio.file.Path;

/**
 * One staffing run: the forecast stage's output folder to read, the folder to write, the settings
 * of jobs/staffing.yaml and the team calendars of jobs/calendars.yaml.
 */
public record StaffingSettings(Path forecast, Path out, StaffingConfig config,
    TeamCalendars calendars) {

  public static final Path DEFAULT_FORECAST = Path.of("out", "forecast");
  public static final Path DEFAULT_OUT = Path.of("out", "staffing");
}
