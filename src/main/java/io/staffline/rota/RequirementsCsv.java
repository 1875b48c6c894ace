package io.staffline.rota;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A standalone requirement file: CSV with the header {@code interval_start,requirement} and one row
 * per interval of one week (docs/rota.md §standalone). {@code interval_start} is either an instant
 * with an offset ({@code 2026-11-16T07:00:00Z}, {@code 2026-11-16T08:00+01:00}) or a local
 * date-time on the planning zone's wall clock ({@code 2026-11-16T08:00}, {@code 2026-11-16 08:00});
 * one file uses one form. The interval length (15, 30 or 60 minutes) is read from the starts.
 * {@code requirement} is a whole number of agents ≥ 0. Bad rows are errors naming the file, line
 * and column.
 */
public final class RequirementsCsv {
  public static final String INTERVAL_START = "interval_start";
  public static final String REQUIREMENT = "requirement";

  private RequirementsCsv() {}

  /** One week's requirement of line {@code tier} (0 when given without a line). */
  public static WeekRequirement read(Path file, ZoneId zone, int tier) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read requirements " + file, e);
    }
    if (lines.isEmpty() || !header(lines.get(0))) {
      throw new IllegalArgumentException(file + " line 1: the header must be '" + INTERVAL_START + "," + REQUIREMENT
          + "', not '" + (lines.isEmpty() ? "" : lines.get(0)) + "'");
    }
    Map<LocalDateTime, Integer> byLocal = new LinkedHashMap<>();
    Map<Instant, Integer> byInstant = new LinkedHashMap<>();
    Map<Object, Integer> lineOf = new HashMap<>();
    Boolean instants = null;
    for (int n = 2; n <= lines.size(); n++) {
      String raw = lines.get(n - 1);
      if (raw.isBlank()) {
        continue;
      }
      String at = file + " line " + n;
      String[] cells = raw.split(",", -1);
      if (cells.length != 2) {
        throw new IllegalArgumentException(at + ": " + cells.length + " fields; expected 2 (" + INTERVAL_START + ","
            + REQUIREMENT + ")");
      }
      String start = cells[0].strip();
      Object key = parseStart(at, start);
      boolean isInstant = key instanceof Instant;
      if (instants != null && instants != isInstant) {
        throw new IllegalArgumentException(at + ": column " + INTERVAL_START + ": '" + start + "' mixes "
            + (isInstant ? "an instant into local times" : "a local time into instants") + "; use one form per file");
      }
      instants = isInstant;
      int value = parseRequirement(at, cells[1].strip());
      Integer earlier = lineOf.put(key, n);
      if (earlier != null) {
        throw new IllegalArgumentException(at + ": column " + INTERVAL_START + ": " + start + " is given again (first on line "
            + earlier + ")");
      }
      if (isInstant) {
        byInstant.put((Instant) key, value);
      } else {
        byLocal.put((LocalDateTime) key, value);
      }
    }
    if (instants == null) {
      throw new IllegalArgumentException(file + ": no rows after the header");
    }
    Map<LocalDateTime, Integer> local = new LinkedHashMap<>(byLocal);
    byInstant.forEach((i, v) -> local.merge(LocalDateTime.ofInstant(i, zone), v, Math::max));
    WeekGrid grid = grid(file, zone, local, lineOf, instants);
    try {
      return instants ? WeekRequirement.fromInstants(tier, grid, byInstant) : WeekRequirement.fromLocal(tier, grid, byLocal);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static boolean header(String line) {
    String[] h = line.replace("\uFEFF", "").split(",", -1);
    return h.length == 2 && h[0].strip().equals(INTERVAL_START) && h[1].strip().equals(REQUIREMENT);
  }

  private static Object parseStart(String at, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text.replace(' ', 'T'));
      } catch (DateTimeParseException notLocal) {
        throw new IllegalArgumentException(at + ": column " + INTERVAL_START + ": '" + text + "' is not an ISO date-time"
            + " (a local time such as 2026-11-16T08:00, or an instant such as 2026-11-16T07:00:00Z)", notLocal);
      }
    }
  }

  private static int parseRequirement(String at, String text) {
    try {
      int v = Integer.parseInt(text);
      if (v < 0) {
        throw new IllegalArgumentException(at + ": column " + REQUIREMENT + ": " + v + " is negative");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(at + ": column " + REQUIREMENT + ": '" + text
          + "' is not a whole number of agents (round fractional requirements up first)", e);
    }
  }

  /** The week of the earliest start, its interval the largest of 15/30/60 every start lies on. */
  private static WeekGrid grid(Path file, ZoneId zone, Map<LocalDateTime, Integer> local, Map<Object, Integer> lineOf,
      boolean instants) {
    LocalDateTime first = local.keySet().stream().min(LocalDateTime::compareTo).orElseThrow();
    LocalDate monday = WeekGrid.mondayOf(first.toLocalDate());
    long step = 60;
    for (LocalDateTime t : local.keySet()) {
      long minutes = Duration.between(monday.atStartOfDay(), t).toMinutes();
      if (minutes >= WeekGrid.MINUTES_PER_WEEK || t.getSecond() != 0 || t.getNano() != 0) {
        throw new IllegalArgumentException(file + " line " + lineOf(t, lineOf, zone, instants) + ": column " + INTERVAL_START
            + ": " + t + " is " + (minutes >= WeekGrid.MINUTES_PER_WEEK ? "outside the week " + monday + " … "
            + monday.plusDays(6) + " of the earliest row; one file holds one week" : "not on a minute"));
      }
      step = gcd(step, minutes);
    }
    if (step != 15 && step != 30 && step != 60) {
      throw new IllegalArgumentException(file + ": interval starts are " + step + " minutes apart; the rota plans"
          + " 15, 30 or 60-minute intervals");
    }
    return new WeekGrid(zone, monday, (int) step);
  }

  private static int lineOf(LocalDateTime t, Map<Object, Integer> lineOf, ZoneId zone, boolean instants) {
    if (!instants) {
      return lineOf.get(t);
    }
    return lineOf.entrySet().stream()
        .filter(e -> LocalDateTime.ofInstant((Instant) e.getKey(), zone).equals(t))
        .mapToInt(Map.Entry::getValue).min().orElse(0);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
