package io.staffline.job;

import io.staffline.rota.AgentKind;
import io.staffline.rota.Objective;
import io.staffline.rota.Pattern;
import io.staffline.rota.PatternCatalogue;
import io.staffline.rota.RotaProblem;
import io.staffline.rota.RotaSolve;
import io.staffline.rota.ShiftOptions;
import io.staffline.rota.ShiftsConfig;
import io.staffline.rota.SolverLimits;
import io.staffline.rota.WeekRequirement;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The rota model on a realistic 24/7 week: several hundred candidate patterns, solved to proven optimum. */
@Command(name = "rota", mixinStandardHelpOptions = true,
    description = "Solve one line's week built from the metrics arrivals (Erlang C, 80%% in 20 s, 30%% shrinkage) "
        + "over the benchmark's candidate patterns; prints the patterns, status, bounds and times (docs/rota.md).")
public final class RotaBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--arrivals", defaultValue = "out/metrics/current/arrivals", paramLabel = "DIR",
      description = "The metrics arrivals table. Default: ${DEFAULT-VALUE}.")
  Path arrivals;

  @Option(names = "--tier", defaultValue = "1", paramLabel = "N", description = "The line. Default: ${DEFAULT-VALUE}.")
  int tier;

  @Option(names = "--shifts", paramLabel = "FILE",
      description = "Shift options. Default: the benchmark's (8 h with three break placements at 14 starts, "
          + "12 h day/night Panama, 4 h part-time at 11 starts).")
  Path shifts;

  @Option(names = "--objective", defaultValue = "agents", paramLabel = "agents|paid-hours|cost",
      description = "Default: ${DEFAULT-VALUE}.")
  String objective;

  @Option(names = "--search", defaultValue = "deterministic", paramLabel = "deterministic|parallel",
      description = "Default: ${DEFAULT-VALUE}.")
  String search;

  @Option(names = "--workers", defaultValue = "2", paramLabel = "N", description = "Default: ${DEFAULT-VALUE}.")
  int workers;

  @Option(names = "--time-limit", defaultValue = "60", paramLabel = "SECONDS", description = "Default: ${DEFAULT-VALUE}.")
  double timeLimit;

  @Option(names = "--write-requirements", paramLabel = "FILE.csv",
      description = "Also write the requirement as a CSV for staffline rota --requirements.")
  Path csv;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ShiftOptions options = shifts != null ? ShiftsConfig.load(shifts)
        : ShiftsConfig.parse(new String(RotaBenchCommand.class.getResourceAsStream(BENCH_SHIFTS).readAllBytes(),
            StandardCharsets.UTF_8), "benchmark-shifts.yaml");
    RotaBenchmarkProfile.Profile profile = RotaBenchmarkProfile.of(arrivals, tier, options.zone());
    WeekRequirement need = profile.requirement();
    if (csv != null) {
      List<String> rows = new ArrayList<>(List.of("interval_start,requirement"));
      for (int i = 0; i < need.grid().intervals(); i++) {
        rows.add(need.grid().localStart(i) + "," + need.required(i));
      }
      Files.write(csv, rows);
    }
    long t0 = System.nanoTime();
    List<Pattern> patterns = PatternCatalogue.generate(options, need.grid());
    double catalogueSeconds = (System.nanoTime() - t0) / 1e9;
    RotaProblem problem = new RotaProblem(List.of(need), patterns,
        List.of(new AgentKind(tier, null, 0)), options,
        Objective.parse(objective));
    long t1 = System.nanoTime();
    RotaSolve s = RotaSolve.run(problem,
        new SolverLimits(timeLimit, workers, search.equals("deterministic")));
    double totalSeconds = (System.nanoTime() - t1) / 1e9;
    int peak = Arrays.stream(need.required()).max().orElse(0);
    int agentIntervals = Arrays.stream(need.required()).sum();
    out.printf(Locale.ROOT, "requirement: line %d, %d weeks of arrivals averaged, AHT %.0f s, %d-minute "
        + "intervals, peak %d, %d agent-intervals a week%n", tier, profile.weeks(), profile.ahtSeconds(),
        need.grid().intervalMinutes(), peak, agentIntervals);
    out.printf(Locale.ROOT, "candidate patterns: %d (built in %.2f s), %d not dominated%n", patterns.size(), catalogueSeconds,
        s.modelPatterns());
    out.printf(Locale.ROOT, "%s %s search (%d worker%s): %s, objective %.2f, bound %.2f, gap %.2f%%, LP bound %.2f%n",
        objective, search, search.equals("deterministic") ? 1 : workers, search.equals("deterministic") || workers == 1 ? "" : "s",
        s.status(), s.objectiveValue(), s.bound(), 100 * s.gap(), s.lpBound());
    out.printf(Locale.ROOT, "CP-SAT %.2f s; model + LP + CP-SAT %.2f s; agents %d, paid hours %.1f%n",
        s.seconds(), totalSeconds, s.plan() == null ? 0 : s.plan().agents(), s.plan() == null ? 0 : s.plan().paidHoursPerWeek());
    out.flush();
    return 0;
  }

  static final String BENCH_SHIFTS = "/io/staffline/rota/benchmark-shifts.yaml";
}
