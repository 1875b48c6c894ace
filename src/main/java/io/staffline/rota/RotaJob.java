package io.staffline.rota;

import io.staffline.ingest.Lake;
import io.staffline.ingest.Progress;
import io.staffline.tables.ParquetTables;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * {@code staffline rota}: read the week's requirements → build the candidate patterns → solve each
 * line (or all together) → lay out the rotation → commit the tables atomically. docs/rota.md.
 */
public final class RotaJob {
  /**
   * What a committed run holds.
   *
   * @param run the committed run folder
   * @param grid the planned week
   * @param solves one per line solved (or one for all lines)
   * @param cycles the rotation of each solve with a plan, in the order of {@code solves}
   * @param tables table → rows written
   */
  public record Result(Path run, WeekGrid grid, List<RotaSolve> solves, List<List<Rotation.KindCycle>> cycles,
      Map<String, Integer> tables) {}

  private final RotaSettings settings;
  private final Clock clock;
  private final Progress progress;

  public RotaJob(RotaSettings settings, Clock clock, Progress progress) {
    this.settings = settings;
    this.clock = clock;
    this.progress = progress;
  }

  public Result run() {
    List<WeekRequirement> lines = settings.source().read(settings.options().zone());
    WeekGrid grid = lines.get(0).grid();
    progress.step("requirements", lines.size() + " line(s), week " + grid.isoWeek() + ", " + grid.intervalMinutes()
        + "-minute intervals, " + grid.zone(), -1);
    RosterLevels roster = settings.roster().map(lake -> RosterLevels.read(lake, grid.monday())).orElse(RosterLevels.NONE);
    List<Pattern> patterns = PatternCatalogue.generate(settings.options(), grid);
    progress.step("patterns", patterns.size() + " candidate patterns", patterns.size());
    List<RotaSolve> solves = new ArrayList<>();
    List<List<Rotation.KindCycle>> cycles = new ArrayList<>();
    List<RotaProblem> problems = problems(lines, patterns, roster);
    // A deterministic solve is one search thread: the lines' solves run side by side, one per
    // core (each is still deterministic; its time limit is its own wall clock).
    int threads = settings.limits().deterministic()
        ? Math.max(1, Math.min(problems.size(), Runtime.getRuntime().availableProcessors())) : 1;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "staffline-rota-solve");
      t.setDaemon(true);
      return t;
    });
    try {
      List<java.util.concurrent.Future<RotaSolve>> running = new ArrayList<>();
      for (RotaProblem problem : problems) {
        running.add(pool.submit(() -> RotaSolve.run(problem, settings.limits())));
      }
      for (int i = 0; i < problems.size(); i++) {
        RotaProblem problem = problems.get(i);
        RotaSolve solve = done(running.get(i));
        progress.step("solve", (problem.lines().size() > 1 ? "all lines"
            : problem.summaryTier() == 0 ? "requirement" : "line " + problem.summaryTier()) + ": "
            + solve.status() + " in " + String.format(java.util.Locale.ROOT, "%.1f s", solve.seconds()), -1);
        solves.add(solve);
        cycles.add(solve.plan() == null ? List.of() : Rotation.build(solve.plan()));
      }
    } finally {
      pool.shutdownNow();
    }
    return write(grid, solves, cycles);
  }

  private static RotaSolve done(java.util.concurrent.Future<RotaSolve> solve) {
    try {
      return solve.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while solving", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private List<RotaProblem> problems(List<WeekRequirement> lines, List<Pattern> patterns, RosterLevels roster) {
    List<List<WeekRequirement>> groups = settings.joint() ? List.of(lines) : lines.stream().map(List::of).toList();
    List<RotaProblem> problems = new ArrayList<>();
    for (List<WeekRequirement> group : groups) {
      List<AgentKind> kinds = new ArrayList<>();
      group.forEach(line -> kinds.addAll(roster.kinds(line.tier())));
      problems.add(new RotaProblem(group, patterns, kinds, settings.options(), settings.objective()));
    }
    return problems;
  }

  private Result write(WeekGrid grid, List<RotaSolve> solves, List<List<Rotation.KindCycle>> cycles) {
    List<RotaPlan> plans = solves.stream().map(RotaSolve::plan).filter(java.util.Objects::nonNull).toList();
    List<Rotation.KindCycle> allCycles = cycles.stream().flatMap(List::stream).toList();
    List<Table> tables = List.of(RotaTables.summary(solves), RotaTables.patterns(plans), RotaTables.coverage(plans),
        RotaTables.rotation(allCycles), RotaTables.fairness(allCycles, settings.options().nights()));
    Lake out = new Lake(settings.out());
    String runId = out.unusedRunId(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
        .format(clock.instant()));
    Path staging = out.newStaging(runId);
    try {
      Map<String, Integer> rows = new LinkedHashMap<>();
      for (Table t : tables) {
        ParquetTables.write(t, staging.resolve(t.name()));
        rows.put(t.name(), t.rowCount());
      }
      Path run = out.commit(staging, runId);
      progress.step("commit", settings.out().resolve(Lake.CURRENT) + " -> " + run.getFileName(), -1);
      return new Result(run, grid, solves, cycles, rows);
    } catch (RuntimeException e) {
      out.keepFailed(staging, runId);
      throw e;
    }
  }
}
