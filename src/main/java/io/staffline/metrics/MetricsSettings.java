package io.staffline.metrics;

import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.metrics.facts.FactsSettings;
import io.staffline.metrics.facts.SlaPolicies;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One metrics run: the lake to read, where the metrics tables go, the as-of instant (the moment
 * open tickets, running SLAs and backlog are judged at; by default the lake's export time), the
 * arrival interval, and the calendars and SLA policies from jobs/.
 */
public record MetricsSettings(Path lake, Path out, Instant asOf, int intervalMinutes,
    TeamCalendars calendars, SlaPolicies sla, FactsSettings facts) {

  public static final int DEFAULT_INTERVAL_MINUTES = 30;
}
