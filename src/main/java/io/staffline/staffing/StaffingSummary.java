package io.staffline.staffing;

import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console report of a staffing run: the model per channel, where default AHTs were used, and
 * one week's requirement per line — peak and total agent-hours, required and scheduled
 * (docs/staffing.md §11).
 */
public final class StaffingSummary {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);

  private StaffingSummary() {}

  /** The first Monday (00:00 UTC) at or after {@code asOf}: the week after the history. */
  public static LocalDate nextWeek(Instant asOf) {
    LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    boolean mondayMidnight = day.getDayOfWeek() == DayOfWeek.MONDAY
        && asOf.equals(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    return mondayMidnight ? day : day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
  }

  /** Models, AHT defaults, and the week from {@code monday} (UTC) per line. */
  public static String of(StaffingPlan plan, LocalDate monday) {
    StringBuilder s = new StringBuilder();
    s.append("Models per channel:\n");
    plan.models().forEach((channel, byLine) -> s.append(models(channel, byLine)));
    s.append(ahtNotes(plan));
    s.append(week(plan.lines(), monday, plan.forecast().intervalMinutes()));
    return s.toString();
  }

  /**
   * One row for a channel sized alike on all its lines; else one per model, naming its lines
   * ({@code phone  line 1: erlang_a ...}, {@code phone  lines 2, 3: backlog ...}).
   */
  private static String models(Channel channel, Map<Tier, String> byLine) {
    Map<String, List<Integer>> lines = new LinkedHashMap<>();
    byLine.forEach((tier, model) ->
        lines.computeIfAbsent(model, m -> new ArrayList<>()).add(tier.number()));
    StringBuilder s = new StringBuilder();
    lines.forEach((model, numbers) -> s.append(String.format(Locale.ROOT, "  %-6s %s%s%n",
        channel.code(), lines.size() == 1 ? "" : (numbers.size() == 1 ? "line " : "lines ")
            + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ": ",
        model)));
    return s.toString();
  }

  private static String ahtNotes(StaffingPlan plan) {
    StringBuilder s = new StringBuilder();
    plan.forecast().aht().forEach((channel, uses) -> uses.forEach((key, use) -> {
      if (use.defaulted() > 0) {
        s.append(String.format(Locale.ROOT, "AHT %s: the forecast has none for %,d of %,d"
                + " queue-intervals; used the default %s s (%s.default_aht_seconds)%n",
            channel.code(), use.defaulted(), use.intervals(), Text.number(use.defaultSeconds()),
            key));
      }
    }));
    return s.toString();
  }

  private record LineWeek(int peak, Instant peakAt, double agentHours, int peakScheduled,
      double scheduledHours, double shrinkage) {}

  private static String week(List<LineRequirement> lines, LocalDate monday, int minutes) {
    Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = monday.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<Tier, LineWeek> byLine = new EnumMap<>(Tier.class);
    long intervals = lines.stream().filter(l -> !l.start().isBefore(from) && l.start().isBefore(to))
        .map(LineRequirement::start).distinct().count();
    double hours = minutes / 60.0;
    for (LineRequirement l : lines) {
      if (l.start().isBefore(from) || !l.start().isBefore(to)) {
        continue;
      }
      LineWeek w = byLine.get(l.tier());
      boolean peak = w == null || l.agents() > w.peak();
      byLine.put(l.tier(), new LineWeek(
          peak ? l.agents() : w.peak(), peak ? l.start() : w.peakAt(),
          (w == null ? 0 : w.agentHours()) + l.agents() * hours,
          Math.max(w == null ? 0 : w.peakScheduled(), l.scheduled()),
          (w == null ? 0 : w.scheduledHours()) + l.scheduled() * hours,
          l.shrinkage().fraction()));
    }
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "%nNext week, %s to %s (UTC, %d-minute intervals)", DAY.format(monday),
        DAY.format(monday.plusDays(6)), minutes));
    long weekIntervals = 7L * 24 * 60 / minutes;
    if (byLine.isEmpty()) {
      return s.append(": not in the forecast horizon\n").toString();
    }
    if (intervals < weekIntervals) {
      s.append(String.format(Locale.ROOT, "; the forecast covers %,d of its %,d intervals",
          intervals, weekIntervals));
    }
    s.append(":\n");
    s.append(String.format(Locale.ROOT, "%-4s  %13s  %-20s  %11s  %9s  %14s  %21s%n", "line",
        "peak required", "peak at", "agent-hours", "shrinkage", "peak scheduled",
        "scheduled agent-hours"));
    byLine.forEach((tier, w) -> s.append(String.format(Locale.ROOT,
        "%-4d  %13d  %-20s  %11.1f  %9s  %14d  %21.1f%n", tier.number(), w.peak(),
        WHEN.format(w.peakAt()), w.agentHours(), Text.share(w.shrinkage()), w.peakScheduled(),
        w.scheduledHours())));
    return s.toString();
  }
}
