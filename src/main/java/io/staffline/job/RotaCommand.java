package io.staffline.job;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.staffline.ingest.Progress;
import io.staffline.rota.Objective;
import io.staffline.rota.Pattern;
import io.staffline.rota.RequirementSource;
import io.staffline.rota.RotaJob;
import io.staffline.rota.RotaPlan;
import io.staffline.rota.RotaSettings;
import io.staffline.rota.RotaSolve;
import io.staffline.rota.Rotation;
import io.staffline.rota.ShiftOptions;
import io.staffline.rota.ShiftsConfig;
import io.staffline.rota.SolverLimits;
import io.staffline.rota.WeekGrid;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code staffline rota}: the fewest agents (or paid hours, or cost) on shift patterns that cover a week, and their rotation. */
@Command(name = "rota", mixinStandardHelpOptions = true,
    description = "Size the rota for one week: how many agents on which shift patterns cover the requirement with the "
        + "fewest agents, paid hours or cost (exact, CP-SAT), and a cyclic rotation sharing nights and weekends "
        + "evenly. Reads the staffing stage's staffing_by_line, or a CSV with --requirements. docs/rota.md.")
public final class RotaCommand implements Callable<Integer> {
  static final String NONE = "none";

  @Spec CommandSpec spec;

  @Option(names = "--staffing", defaultValue = "out/staffing", paramLabel = "DIR",
      description = "Staffing output; reads DIR/current/staffing_by_line. Default: ${DEFAULT-VALUE}.")
  Path staffing;

  @Option(names = "--requirements", paramLabel = "FILE.csv",
      description = "Standalone: a CSV interval_start,requirement for one week instead of the staffing stage.")
  Path requirements;

  @Option(names = "--week", paramLabel = "YYYY-Www",
      description = "ISO week to plan, e.g. 2026-W47. Default: the first complete week in staffing_by_line.")
  String week;

  @Option(names = "--tier", paramLabel = "N",
      description = "The line to plan (1, 2 or 3). Default: every line in staffing_by_line, one by one; with "
          + "--requirements none (no line, no levels).")
  Integer tier;

  @Option(names = "--joint", description = "Plan all lines in one model (summary tier 0), e.g. for rules across lines.")
  boolean joint;

  @Option(names = "--shifts", defaultValue = "jobs/shifts.yaml", paramLabel = "FILE",
      description = "Shift options. Default: ${DEFAULT-VALUE}.")
  Path shifts;

  @Option(names = "--roster", defaultValue = "out/lake", paramLabel = "DIR|none",
      description = "Lake whose agents table gives each line's level mix, or 'none'. Default: ${DEFAULT-VALUE}.")
  String roster;

  @Option(names = "--objective", defaultValue = "agents", paramLabel = "agents|paid-hours|cost",
      description = "What to minimise. Default: ${DEFAULT-VALUE}.")
  String objective;

  @Option(names = "--time-limit", defaultValue = "60", paramLabel = "SECONDS",
      description = "Solver time limit per solve. Default: ${DEFAULT-VALUE}.")
  double timeLimit;

  @Option(names = "--workers", defaultValue = "2", paramLabel = "N",
      description = "Search workers for --search parallel. Default: ${DEFAULT-VALUE}.")
  int workers;

  @Option(names = "--search", defaultValue = "deterministic", paramLabel = "deterministic|parallel",
      description = "deterministic: one sequential search, the same inputs give the same plan; parallel: --workers "
          + "threads, often faster, ties may resolve differently between runs. Default: ${DEFAULT-VALUE}.")
  String search;

  @Option(names = "--out", defaultValue = "out/rota", paramLabel = "DIR",
      description = "Output folder; tables land in DIR/current/<table>. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--json", description = "Print the solution summary as one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() {
    RotaSettings settings = settings();
    PrintWriter o = spec.commandLine().getOut();
    Progress progress = json ? Progress.silent() : new ConsoleProgress(o);
    RotaJob.Result r = new RotaJob(settings, Clock.systemUTC(), progress).run();
    o.println(json ? json(r, settings) : text(r, settings));
    o.flush();
    return 0;
  }

  private RotaSettings settings() {
    if (!Files.isRegularFile(shifts)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + shifts + " (--shifts)");
    }
    Objective goal;
    try {
      goal = Objective.parse(objective);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--objective: " + e.getMessage());
    }
    require(timeLimit > 0 && Double.isFinite(timeLimit), "--time-limit must be a number of seconds > 0, not " + timeLimit);
    require(workers >= 1, "--workers must be ≥ 1, not " + workers);
    require(search.equals("deterministic") || search.equals("parallel"),
        "--search must be deterministic or parallel, not " + search);
    require(tier == null || (tier >= 1 && tier <= 3), "--tier must be 1, 2 or 3, not " + tier);
    require(!(joint && tier != null), "--joint plans all lines together; leave out --tier");
    ShiftOptions options = ShiftsConfig.load(shifts);
    RequirementSource source;
    if (requirements != null) {
      require(week == null, "--week picks a week of staffing_by_line; a --requirements file holds one week already");
      require(Files.isRegularFile(requirements), "no such file: " + requirements + " (--requirements)");
      source = new RequirementSource.Csv(requirements, tier == null ? 0 : tier);
    } else {
      Optional<java.time.LocalDate> monday;
      try {
        monday = Optional.ofNullable(week).map(WeekGrid::parseIsoWeek);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--week: " + e.getMessage());
      }
      source = new RequirementSource.Staffing(staffing, monday, Optional.ofNullable(tier));
    }
    boolean noLine = requirements != null && tier == null;
    Optional<Path> lake = roster.equals(NONE) || noLine ? Optional.empty() : Optional.of(Path.of(roster));
    return new RotaSettings(source, options, lake, goal, joint,
        new SolverLimits(timeLimit, workers, search.equals("deterministic")), out);
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }

  static String text(RotaJob.Result r, RotaSettings settings) {
    StringBuilder s = new StringBuilder();
    WeekGrid g = r.grid();
    s.append(String.format(Locale.ROOT, "%nRota for week %s (%s, %d-minute intervals), objective: %s%n", g.isoWeek(),
        g.zone(), g.intervalMinutes(), settings.objective().unit()));
    for (int i = 0; i < r.solves().size(); i++) {
      RotaSolve solve = r.solves().get(i);
      int tier = solve.problem().summaryTier();
      s.append(String.format(Locale.ROOT, "%n%s: %s, %d candidate patterns (%d not dominated)%n",
          tier == 0 ? (solve.problem().lines().size() > 1 ? "All lines" : "Requirement") : "Line " + tier,
          solve.status(), solve.candidatePatterns(), solve.modelPatterns()));
      s.append(String.format(Locale.ROOT, "  objective %s, CP-SAT bound %s, gap %s, linear-relaxation bound %s, %.1f s%n",
          number(solve.objectiveValue()), number(solve.bound()), percent(solve.gap()), number(solve.lpBound()),
          solve.seconds()));
      solve.notes().forEach(n -> s.append("  note: ").append(n).append('\n'));
      RotaPlan plan = solve.plan();
      if (plan == null) {
        continue;
      }
      s.append(String.format(Locale.ROOT, "  agents %d, FTE %.2f, paid hours %.1f per week; intervals over %d, under %d%n",
          plan.agents(), plan.fte(), plan.paidHoursPerWeek(), plan.overCoverageIntervals(), plan.underCoverageIntervals()));
      s.append("  headcount per pattern (start × tour):\n");
      headcounts(plan).forEach((k, n) -> s.append(String.format(Locale.ROOT, "    %-44s %4d%n", k, n)));
      for (Rotation.KindCycle c : r.cycles().get(i)) {
        Rotation.SlotFairness f = Rotation.fairness(c, 0, settings.options().nights());
        Rotation.CycleStats st = Rotation.stats(c);
        s.append(String.format(Locale.ROOT,
            "  rotation L%d %s: slots %d-%d over %d weeks; every slot %d shifts, %d nights (%.1f%%), %d weekend days"
                + " (%.1f%% of weekend days); shortest rest %.1f h, longest run %d days%n",
            c.kind().tier(), c.kind().levelCode(), c.firstSlot(), c.firstSlot() + c.slots() - 1, c.weeks(), f.shifts(),
            f.nights(), 100 * f.nightShare(), f.weekendDays(), 100 * f.weekendShare(), st.minRestMinutes() / 60.0,
            st.maxConsecutiveDays()));
      }
    }
    s.append(String.format(Locale.ROOT, "%nCommitted %s:", r.run()));
    r.tables().forEach((t, n) -> s.append(String.format(Locale.ROOT, " %s %d", t, n)));
    return s.toString();
  }

  /** Agents per level, shift, start and tour, summed over phases and break placements. */
  static Map<String, Integer> headcounts(RotaPlan plan) {
    Map<String, Integer> m = new TreeMap<>();
    for (RotaPlan.Assignment a : plan.assignments()) {
      Pattern p = a.pattern();
      String key = String.format(Locale.ROOT, "L%d %-6s %-8s %s %s", a.kind().tier(), a.kind().levelCode(),
          p.shift().name(), Pattern.clock(p.startMinute()), p.tour().name());
      m.merge(key, a.agents(), Integer::sum);
    }
    return m;
  }

  static String json(RotaJob.Result r, RotaSettings settings) {
    ObjectNode root = JsonOut.object();
    root.put("week", r.grid().isoWeek());
    root.put("zone", r.grid().zone().getId());
    root.put("intervalMinutes", r.grid().intervalMinutes());
    root.put("objective", settings.objective().label());
    root.put("run", r.run().toString());
    ArrayNode solves = root.putArray("solves");
    for (int i = 0; i < r.solves().size(); i++) {
      RotaSolve solve = r.solves().get(i);
      ObjectNode n = solves.addObject();
      n.put("tier", solve.problem().summaryTier());
      n.put("status", solve.status().name());
      JsonOut.putNumber(n, "objectiveValue", solve.objectiveValue());
      JsonOut.putNumber(n, "bound", solve.bound());
      JsonOut.putNumber(n, "gap", solve.gap());
      JsonOut.putNumber(n, "lpBound", solve.lpBound());
      n.put("candidatePatterns", solve.candidatePatterns());
      n.put("modelPatterns", solve.modelPatterns());
      n.put("solveSeconds", solve.seconds());
      ArrayNode notes = n.putArray("notes");
      solve.notes().forEach(notes::add);
      RotaPlan plan = solve.plan();
      if (plan == null) {
        continue;
      }
      n.put("agents", plan.agents());
      n.put("fte", plan.fte());
      n.put("paidHours", plan.paidHoursPerWeek());
      n.put("overCoverageIntervals", plan.overCoverageIntervals());
      n.put("underCoverageIntervals", plan.underCoverageIntervals());
      ObjectNode heads = n.putObject("headcountByStartAndTour");
      headcounts(plan).forEach((k, v) -> heads.put(k.replaceAll("\\s+", " "), v));
      ArrayNode rotation = n.putArray("rotation");
      for (Rotation.KindCycle c : r.cycles().get(i)) {
        Rotation.SlotFairness f = Rotation.fairness(c, 0, settings.options().nights());
        Rotation.CycleStats st = Rotation.stats(c);
        ObjectNode k = rotation.addObject();
        k.put("tier", c.kind().tier());
        k.put("level", c.kind().levelCode());
        k.put("slots", c.slots());
        k.put("weeks", c.weeks());
        k.put("shiftsPerSlot", f.shifts());
        k.put("nightsPerSlot", f.nights());
        k.put("weekendDaysPerSlot", f.weekendDays());
        k.put("minRestHours", st.minRestMinutes() / 60.0);
        k.put("maxConsecutiveDays", st.maxConsecutiveDays());
      }
    }
    return JsonOut.write(root);
  }

  private static String number(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
  }

  private static String percent(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : "n/a";
  }
}
