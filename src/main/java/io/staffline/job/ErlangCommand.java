package io.staffline.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.staffline.staffing.ChatConcurrency;
import io.staffline.staffing.ErlangA;
import io.staffline.staffing.ErlangC;
import io.staffline.staffing.Performance;
import io.staffline.staffing.QueueModel;
import io.staffline.staffing.Requirement;
import io.staffline.staffing.ServiceLevelReading;
import io.staffline.staffing.ServiceLevelTarget;
import io.staffline.staffing.Shrinkage;
import io.staffline.staffing.StaffingTarget;
import io.staffline.staffing.Workload;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code staffline erlang}: agents one interval of one queue needs (Erlang C, or Erlang A with
 * {@code --patience}), or with {@code --agents} what a given staffing achieves. See docs/staffing.md.
 */
@Command(name = "erlang", mixinStandardHelpOptions = true,
    description = "Agents one queue needs in one interval for a service-level target (Erlang C; "
        + "Erlang A with --patience), or with --agents N the service level, ASA, occupancy and "
        + "abandonment N agents achieve. Definitions: docs/staffing.md.")
public final class ErlangCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--contacts", required = true, paramLabel = "N",
      description = "Contacts arriving per interval (a forecast may be fractional).")
  double contacts;

  @Option(names = "--aht", required = true, paramLabel = "SECONDS",
      description = "Average handle time in seconds (for chat: the chat's duration at the given concurrency).")
  double ahtSeconds;

  @Option(names = "--interval", defaultValue = "30", paramLabel = "MINUTES",
      description = "Interval length in minutes. Default: ${DEFAULT-VALUE}.")
  double intervalMinutes;

  @Option(names = "--sl", defaultValue = "80%", paramLabel = "TARGET", converter = Fraction.class,
      description = "Service-level target: share of contacts within --answer-time, e.g. 0.8 or 80%%. Default: ${DEFAULT-VALUE}.")
  double serviceLevel;

  @Option(names = "--answer-time", defaultValue = "20", paramLabel = "SECONDS",
      description = "The T of the service level, in seconds. Default: ${DEFAULT-VALUE}.")
  double answerSeconds;

  @Option(names = "--sl-reading", defaultValue = "answered", paramLabel = "READING",
      converter = Reading.class,
      description = "With abandonment: 'answered' (answered within T over all arrivals; abandons are misses) "
          + "or 'waited' (waited at most T; abandons within T count as met). Default: ${DEFAULT-VALUE}.")
  ServiceLevelReading reading;

  @Option(names = "--asa", paramLabel = "SECONDS",
      description = "Also keep the average speed of answer at or below this many seconds.")
  Double maxAsaSeconds;

  @Option(names = "--max-occupancy", paramLabel = "SHARE", converter = Fraction.class,
      description = "Also keep occupancy at or below this share, e.g. 0.85 or 85%%.")
  Double maxOccupancy;

  @Option(names = "--patience", paramLabel = "SECONDS",
      description = "Mean caller patience in seconds: switches to Erlang A (callers hang up).")
  Double patienceSeconds;

  @Option(names = "--abandon-target", paramLabel = "SHARE", converter = Fraction.class,
      description = "With --patience: also keep abandonment at or below this share, e.g. 5%%.")
  Double maxAbandonment;

  @Option(names = "--concurrency", defaultValue = "1", paramLabel = "K",
      description = "Chats one agent handles at once. Default: ${DEFAULT-VALUE}.")
  int concurrency;

  @Option(names = "--shrinkage", defaultValue = "0", paramLabel = "SHARE", converter = Fraction.class,
      description = "Share of paid time not available for contacts, e.g. 0.3 or 30%%. Default: ${DEFAULT-VALUE}.")
  double shrinkage;

  @Option(names = "--agents", paramLabel = "N",
      description = "Reverse calculation: the figures N agents achieve.")
  Integer agents;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() {
    validate();
    Workload workload = new Workload(contacts, ahtSeconds, intervalMinutes * 60);
    QueueModel model = new ChatConcurrency(
        patienceSeconds == null ? new ErlangC() : new ErlangA(patienceSeconds), concurrency);
    StaffingTarget target = target();
    Shrinkage away = new Shrinkage(shrinkage);
    PrintWriter out = spec.commandLine().getOut();
    if (agents == null) {
      Requirement required = model.required(workload, target);
      int scheduled = away.scheduled(required.agents());
      out.println(json
          ? json(workload, model, target, required.performance(), required, scheduled)
          : text(workload, target, required.performance(), required, scheduled));
    } else {
      Performance achieved = model.evaluate(workload, agents, answerSeconds);
      int scheduled = away.scheduled(agents);
      out.println(json
          ? json(workload, model, target, achieved, null, scheduled)
          : text(workload, target, achieved, null, scheduled));
    }
    out.flush();
    return 0;
  }

  private void validate() {
    require(contacts >= 0 && Double.isFinite(contacts), "--contacts must be a number ≥ 0, not " + contacts);
    require(ahtSeconds > 0 && Double.isFinite(ahtSeconds), "--aht must be a number of seconds > 0, not " + ahtSeconds);
    require(intervalMinutes > 0 && Double.isFinite(intervalMinutes),
        "--interval must be a number of minutes > 0, not " + intervalMinutes);
    require(serviceLevel > 0 && serviceLevel < 1,
        "--sl must be above 0 and below 1 (e.g. 0.8 or 80%): 100% within a finite time is unattainable; not "
            + serviceLevel);
    require(answerSeconds >= 0 && Double.isFinite(answerSeconds),
        "--answer-time must be a number of seconds ≥ 0, not " + answerSeconds);
    require(maxAsaSeconds == null || (maxAsaSeconds > 0 && Double.isFinite(maxAsaSeconds)),
        "--asa must be a number of seconds > 0, not " + maxAsaSeconds);
    require(maxOccupancy == null || (maxOccupancy > 0 && maxOccupancy <= 1),
        "--max-occupancy must be above 0 and at most 1 (e.g. 0.85 or 85%), not " + maxOccupancy);
    require(patienceSeconds == null || (patienceSeconds > 0 && Double.isFinite(patienceSeconds)),
        "--patience must be a number of seconds > 0, not " + patienceSeconds);
    require(maxAbandonment == null || (maxAbandonment > 0 && maxAbandonment < 1),
        "--abandon-target must be above 0 and below 1 (e.g. 0.05 or 5%), not " + maxAbandonment);
    require(maxAbandonment == null || patienceSeconds != null,
        "--abandon-target needs --patience: without it nobody abandons (Erlang C)");
    require(concurrency >= 1, "--concurrency must be a whole number ≥ 1, not " + concurrency);
    require(shrinkage >= 0 && shrinkage < 1,
        "--shrinkage must be at least 0 and below 1 (e.g. 0.3 or 30%), not " + shrinkage);
    require(agents == null || agents >= 0, "--agents must be a whole number ≥ 0, not " + agents);
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }

  private StaffingTarget target() {
    StaffingTarget target =
        StaffingTarget.of(new ServiceLevelTarget(serviceLevel, answerSeconds, reading));
    if (maxAsaSeconds != null) {
      target = target.withMaxAsa(maxAsaSeconds);
    }
    if (maxOccupancy != null) {
      target = target.withMaxOccupancy(maxOccupancy);
    }
    if (maxAbandonment != null) {
      target = target.withMaxAbandonment(maxAbandonment);
    }
    return target;
  }

  private String text(Workload workload, StaffingTarget target, Performance p,
      Requirement required, int scheduled) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%s: %s contacts per %s min, AHT %s s%s → traffic %.2f Erlangs%n",
        modelTitle(), number(contacts), number(intervalMinutes), number(ahtSeconds),
        concurrency > 1 ? ", " + concurrency + " chats per agent" : "", workload.trafficErlangs()));
    s.append(String.format(Locale.ROOT, "Target: %s%n", describe(target)));
    if (required != null) {
      s.append(String.format(Locale.ROOT, "Required agents: %d (fractional %.2f, set by %s)%n",
          required.agents(), required.fractionalAgents(),
          required.binding().label().replace('-', ' ')));
      s.append(String.format(Locale.ROOT, "Scheduled agents: %d (%s shrinkage)%n",
          scheduled, share(shrinkage)));
    } else {
      s.append(String.format(Locale.ROOT, "Agents: %d (%s target)%n",
          p.agents(), target.isMetBy(workload, p) ? "meets" : "misses"));
      s.append(String.format(Locale.ROOT, "Scheduled for %d agents: %d (%s shrinkage)%n",
          p.agents(), scheduled, share(shrinkage)));
    }
    if (!p.stable()) {
      s.append(String.format(Locale.ROOT,
          "Unstable: %.2f Erlangs need more than %d servers; the queue grows without bound.%n",
          p.trafficErlangs(), p.servers()));
    }
    s.append(String.format(Locale.ROOT, "At %d agents%s: service level %s",
        p.agents(), concurrency > 1 ? " (" + p.servers() + " chat slots)" : "",
        percent(p.serviceLevel(target.serviceLevel().reading()), 2)));
    if (patienceSeconds != null) {
      s.append(String.format(Locale.ROOT, " (answered within %s s: %s; waited at most %s s: %s)",
          number(answerSeconds), percent(p.serviceLevelAnsweredWithin(), 2),
          number(answerSeconds), percent(p.serviceLevelWaitedAtMost(), 2)));
    }
    s.append(String.format(Locale.ROOT, ", ASA %s, occupancy %s, P(wait) %s, abandonment %s",
        seconds(p.asaSeconds()), percent(p.occupancy(), 1), percent(p.probabilityOfWaiting(), 2),
        percent(p.abandonment(), 2)));
    return s.toString();
  }

  private String modelTitle() {
    return patienceSeconds == null
        ? "Erlang C"
        : "Erlang A (mean patience " + number(patienceSeconds) + " s)";
  }

  private String describe(StaffingTarget target) {
    ServiceLevelTarget sl = target.serviceLevel();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s %s %s s",
        share(sl.fraction()),
        sl.reading() == ServiceLevelReading.ANSWERED_WITHIN ? "answered within" : "waited at most",
        number(sl.answerSeconds())));
    target.maxAsaSeconds().ifPresent(v -> s.append(", ASA ≤ ").append(number(v)).append(" s"));
    target.maxOccupancy().ifPresent(v -> s.append(", occupancy ≤ ").append(share(v)));
    target.maxAbandonment().ifPresent(v -> s.append(", abandonment ≤ ").append(share(v)));
    return s.toString();
  }

  private String json(Workload workload, QueueModel model, StaffingTarget target, Performance p,
      Requirement required, int scheduled) {
    ObjectNode root = JsonOut.object();
    root.put("mode", required != null ? "required" : "reverse");
    root.put("model", model.name());
    root.put("contactsPerInterval", contacts);
    root.put("ahtSeconds", ahtSeconds);
    root.put("intervalMinutes", intervalMinutes);
    root.put("trafficErlangs", workload.trafficErlangs());
    JsonOut.putNumber(root, "patienceSeconds", patienceSeconds == null ? Double.NaN : patienceSeconds);
    root.put("concurrency", concurrency);
    ObjectNode t = root.putObject("target");
    t.put("serviceLevel", target.serviceLevel().fraction());
    t.put("answerSeconds", target.serviceLevel().answerSeconds());
    t.put("reading", target.serviceLevel().reading().label());
    JsonOut.putNumber(t, "maxAsaSeconds", target.maxAsaSeconds().orElse(Double.NaN));
    JsonOut.putNumber(t, "maxOccupancy", target.maxOccupancy().orElse(Double.NaN));
    JsonOut.putNumber(t, "maxAbandonment", target.maxAbandonment().orElse(Double.NaN));
    if (required != null) {
      root.put("requiredAgents", required.agents());
      root.put("fractionalAgents", required.fractionalAgents());
      root.put("binding", required.binding().label());
    }
    root.put("agents", p.agents());
    root.put("servers", p.servers());
    root.put("shrinkage", shrinkage);
    root.put("scheduledAgents", scheduled);
    root.put("meetsTarget", target.isMetBy(workload, p));
    root.put("stable", p.stable());
    root.put("serviceLevel", p.serviceLevel(target.serviceLevel().reading()));
    root.put("serviceLevelAnsweredWithin", p.serviceLevelAnsweredWithin());
    root.put("serviceLevelWaitedAtMost", p.serviceLevelWaitedAtMost());
    JsonOut.putNumber(root, "asaSeconds", p.asaSeconds());
    JsonOut.putNumber(root, "occupancy", p.occupancy());
    root.put("probabilityOfWaiting", p.probabilityOfWaiting());
    root.put("abandonment", p.abandonment());
    return JsonOut.write(root);
  }

  private static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A share as the user would write it: 0.8 → 80%, 0.333 → 33.3%. */
  private static String share(double v) {
    return BigDecimal.valueOf(v).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String percent(double share, int decimals) {
    return Double.isFinite(share)
        ? String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100)
        : "n/a";
  }

  private static String seconds(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return Double.isInfinite(v) ? "∞" : String.format(Locale.ROOT, "%.2f s", v);
  }

  /** A share written as 0.8 or 80%. */
  static final class Fraction implements ITypeConverter<Double> {
    @Override
    public Double convert(String raw) {
      String s = raw.strip();
      try {
        return s.endsWith("%")
            ? new BigDecimal(s.substring(0, s.length() - 1).strip()).movePointLeft(2).doubleValue()
            : new BigDecimal(s).doubleValue();
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + raw + "' is not a share such as 0.8 or 80%");
      }
    }
  }

  /** 'answered' or 'waited'. */
  static final class Reading implements ITypeConverter<ServiceLevelReading> {
    @Override
    public ServiceLevelReading convert(String raw) {
      return switch (raw.strip().toLowerCase(Locale.ROOT)) {
        case "answered", "answered-within" -> ServiceLevelReading.ANSWERED_WITHIN;
        case "waited", "waited-at-most" -> ServiceLevelReading.WAITED_AT_MOST;
        default -> throw new TypeConversionException(
            "'" + raw + "' is not a service-level reading: use 'answered' or 'waited'");
      };
    }
  }
}
