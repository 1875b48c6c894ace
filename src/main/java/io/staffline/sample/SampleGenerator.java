package io.staffline.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic helpdesk export into a folder: {@code tickets.csv.gz},
 * {@code ticket_events.csv.gz}, {@code agents.csv}, {@code agent_levels.csv} (the canonical
 * layouts of docs/data-model.md §1) and {@code ground_truth.json}. Equal settings give
 * byte-identical files. Tickets are lived and written one at a time in creation order, so memory
 * does not grow with the number of tickets. See docs/generator.md.
 */
public final class SampleGenerator {
  private final GeneratorSettings settings;

  public SampleGenerator(GeneratorSettings settings) {
    this.settings = settings;
  }

  /** Writes (replacing) the files into {@code dir}, creating it if needed. */
  public GeneratorSummary writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom seed = new SplittableRandom(settings.seed());
    SplittableRandom rosterRandom = seed.split();
    SplittableRandom arrivalRandom = seed.split();
    SplittableRandom lifeRandom = seed.split();
    ArrivalRates rates = new ArrivalRates(settings);
    Roster roster = Roster.build(settings, rates, rosterRandom);
    ExportRows rows = new ExportRows(settings);
    int levelRows = writeRoster(dir, roster, rows);
    RealisedCounts counts = writeTickets(dir, rates, roster, rows, arrivalRandom, lifeRandom);
    GroundTruth.write(dir.resolve(ExportFile.GROUND_TRUTH), settings, rates, roster, counts);
    // The export's own statement of when it was taken: ingest uses it as the export time.
    Files.writeString(dir.resolve("export.json"), "{\"export_time\": \"" + settings.exportTime() + "\"}\n");
    return new GeneratorSummary(counts.tickets, counts.events, roster.agents().size(), levelRows,
        settings.exportTime());
  }

  private static int writeRoster(Path dir, Roster roster, ExportRows rows) throws IOException {
    try (CsvWriter agents = CsvWriter.create(dir, ExportFile.AGENTS);
        CsvWriter levels = CsvWriter.create(dir, ExportFile.AGENT_LEVELS)) {
      for (Agent a : roster.agents()) {
        agents.row(rows.agent(a));
        for (Agent.CareerStep step : a.career()) {
          levels.row(rows.agentLevel(a, step));
        }
      }
      return (int) levels.rows();
    }
  }

  /**
   * Arrivals are a Poisson process with a rate constant within each hour: exponential gaps at
   * that hour's rate, restarted at every hour boundary (memorylessness makes this exact).
   */
  private RealisedCounts writeTickets(Path dir, ArrivalRates rates, Roster roster,
      ExportRows rows, SplittableRandom arrivalRandom, SplittableRandom lifeRandom)
      throws IOException {
    RealisedCounts counts = new RealisedCounts(settings);
    Map<String, Agent> byId = new LinkedHashMap<>();
    roster.agents().forEach(a -> byId.put(a.id(), a));
    TicketSimulator simulator = new TicketSimulator(settings, roster, lifeRandom);
    long exportTime = settings.exportTime().getEpochSecond();
    long number = 0;
    try (CsvWriter tickets = CsvWriter.create(dir, ExportFile.TICKETS);
        CsvWriter events = CsvWriter.create(dir, ExportFile.TICKET_EVENTS)) {
      for (long hour = settings.windowStart().getEpochSecond(); hour < exportTime;
          hour += ArrivalRates.HOUR) {
        double perSecond = rates.perHour(hour) / ArrivalRates.HOUR;
        double offset = arrivalRandom.nextExponential() / perSecond;
        while (offset < ArrivalRates.HOUR) {
          number++;
          Ticket ticket = simulator.simulate(ticketId(number), hour + (long) offset);
          List<TicketEvent> written = before(ticket.events(), exportTime);
          tickets.row(rows.ticket(ticket, written));
          for (TicketEvent e : written) {
            events.row(rows.event(ticket, e));
          }
          counts.add(ticket, written, byId);
          offset += arrivalRandom.nextExponential() / perSecond;
        }
      }
    }
    return counts;
  }

  /** Ticket ids are numbers from 100001 on, in creation order. */
  static String ticketId(long number) {
    return Long.toString(100_000 + number);
  }

  /** The events strictly before the export time (events are in time order). */
  private static List<TicketEvent> before(List<TicketEvent> events, long exportTime) {
    List<TicketEvent> kept = new ArrayList<>(events.size());
    for (TicketEvent e : events) {
      if (e.at() >= exportTime) {
        break;
      }
      kept.add(e);
    }
    return kept;
  }
}
