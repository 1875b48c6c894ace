package io.staffline.job;

import io.staffline.sample.GeneratorSettings;
import io.staffline.sample.GeneratorSummary;
import io.staffline.sample.SampleGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code staffline generate}: realistic synthetic exports with their ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write realistic synthetic helpdesk exports (canonical layout) and ground_truth.json. "
        + "Same settings, same bytes. Parameters: docs/generator.md.")
public final class GenerateCommand implements Callable<Integer> {
  private static final GeneratorSettings DEFAULTS = GeneratorSettings.defaults();

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (files are replaced).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed. Default: 42.")
  Long seed;

  @Option(names = "--weeks", paramLabel = "N", description = "Weeks of traffic. Default: 12.")
  Integer weeks;

  @Option(names = "--start", paramLabel = "DATE", description = "First day, a Monday. Default: 2026-08-24.")
  LocalDate start;

  @Option(names = "--tickets-per-week", paramLabel = "N", description = "Mean tickets a week. Default: 3500.")
  Integer ticketsPerWeek;

  @Option(names = "--escalation-12", paramLabel = "P", description = "Share of tickets escalated from line 1 to 2. Default: 0.10.")
  Double escalation12;

  @Override
  public Integer call() throws IOException {
    GeneratorSettings s = DEFAULTS;
    try {
      if (seed != null) {
        s = s.withSeed(seed);
      }
      if (weeks != null) {
        s = s.withWeeks(weeks);
      }
      if (start != null) {
        s = s.withStart(start);
      }
      if (ticketsPerWeek != null) {
        s = s.withTicketsPerWeek(ticketsPerWeek);
      }
      if (escalation12 != null) {
        s = s.withEscalation12(escalation12);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    // Generating is plain Java work in proportion to the tickets: the JIT follows what it writes.
    JitMode.fitTo((long) s.ticketsPerWeek() * s.weeks() * JitMode.EXPORT_BYTES_PER_TICKET, spec.commandLine().getErr());
    PrintWriter o = spec.commandLine().getOut();
    ConsoleProgress progress = new ConsoleProgress(o);
    progress.step("generate", "seed " + s.seed() + ", " + s.weeks() + " weeks from " + s.start() + " into " + out, -1);
    GeneratorSummary summary = new SampleGenerator(s).writeTo(out);
    progress.step("done", String.format("%,d tickets, %,d events, %,d agents, %,d career rows; export time %s",
        summary.tickets(), summary.events(), summary.agents(), summary.agentLevels(), summary.exportTime()), -1);
    return 0;
  }
}
