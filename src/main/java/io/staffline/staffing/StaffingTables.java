package io.staffline.staffing;

import java.time.Instant;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The two tables {@code staffline staffing} hands to the rota (docs/pipeline.md): their names and
 * columns, declared once, and the Tablesaw tables built from the plan. Figures a model does not have
 * are NaN in Tablesaw, null in Parquet.
 */
public final class StaffingTables {
  public static final String REQUIREMENTS = "staffing_requirements";
  public static final String BY_LINE = "staffing_by_line";

  public static final String AS_OF = ForecastInput.AS_OF;
  public static final String INTERVAL_START = ForecastInput.INTERVAL_START;
  public static final String INTERVAL_MINUTES = ForecastInput.INTERVAL_MINUTES;
  public static final String TEAM = ForecastInput.TEAM;
  public static final String CHANNEL = ForecastInput.CHANNEL;
  public static final String TIER = ForecastInput.TIER;
  public static final String CONTACTS = ForecastInput.CONTACTS;
  public static final String AHT_SECONDS = ForecastInput.AHT_SECONDS;
  public static final String MODEL = "model";
  public static final String REQUIRED_FRACTIONAL = "required_fractional";
  public static final String REQUIRED_AGENTS = "required_agents";
  public static final String SERVICE_LEVEL = "service_level";
  public static final String ASA_SECONDS = "asa_seconds";
  public static final String OCCUPANCY = "occupancy";
  public static final String ABANDONMENT = "abandonment";
  public static final String SHRINKAGE = "shrinkage";
  public static final String SCHEDULED_AGENTS = "scheduled_agents";

  /** {@value #REQUIREMENTS}'s columns in contract order. */
  public static final List<String> REQUIREMENTS_COLUMNS = List.of(AS_OF, INTERVAL_START,
      INTERVAL_MINUTES, TEAM, CHANNEL, TIER, CONTACTS, AHT_SECONDS, MODEL, REQUIRED_FRACTIONAL,
      REQUIRED_AGENTS, SERVICE_LEVEL, ASA_SECONDS, OCCUPANCY, ABANDONMENT);
  /** {@value #BY_LINE}'s columns in contract order. */
  public static final List<String> BY_LINE_COLUMNS = List.of(AS_OF, INTERVAL_START,
      INTERVAL_MINUTES, TIER, REQUIRED_FRACTIONAL, REQUIRED_AGENTS, SHRINKAGE, SCHEDULED_AGENTS);

  private StaffingTables() {}

  /** One row per interval × queue. */
  static Table requirements(Instant asOf, List<IntervalRequirement> rows) {
    InstantColumn asOfColumn = InstantColumn.create(AS_OF);
    InstantColumn start = InstantColumn.create(INTERVAL_START);
    IntColumn minutes = IntColumn.create(INTERVAL_MINUTES);
    StringColumn team = StringColumn.create(TEAM);
    StringColumn channel = StringColumn.create(CHANNEL);
    IntColumn tier = IntColumn.create(TIER);
    DoubleColumn contacts = DoubleColumn.create(CONTACTS);
    DoubleColumn aht = DoubleColumn.create(AHT_SECONDS);
    StringColumn model = StringColumn.create(MODEL);
    DoubleColumn fractional = DoubleColumn.create(REQUIRED_FRACTIONAL);
    IntColumn agents = IntColumn.create(REQUIRED_AGENTS);
    DoubleColumn serviceLevel = DoubleColumn.create(SERVICE_LEVEL);
    DoubleColumn asa = DoubleColumn.create(ASA_SECONDS);
    DoubleColumn occupancy = DoubleColumn.create(OCCUPANCY);
    DoubleColumn abandonment = DoubleColumn.create(ABANDONMENT);
    for (IntervalRequirement r : rows) {
      asOfColumn.append(asOf);
      start.append(r.interval().start());
      minutes.append(r.interval().minutes());
      team.append(r.queue().team());
      channel.append(r.queue().channel().code());
      tier.append(r.queue().tier().number());
      contacts.append(r.interval().contacts());
      aht.append(r.interval().ahtSeconds());
      model.append(r.model());
      fractional.append(r.fractionalAgents().doubleValue());
      agents.append(r.agents());
      serviceLevel.append(r.serviceLevel());
      asa.append(r.asaSeconds());
      occupancy.append(r.occupancy());
      abandonment.append(r.abandonment());
    }
    return Table.create(REQUIREMENTS, asOfColumn, start, minutes, team, channel, tier, contacts,
        aht, model, fractional, agents, serviceLevel, asa, occupancy, abandonment);
  }

  /** One row per interval × line. */
  static Table byLine(Instant asOf, List<LineRequirement> rows) {
    InstantColumn asOfColumn = InstantColumn.create(AS_OF);
    InstantColumn start = InstantColumn.create(INTERVAL_START);
    IntColumn minutes = IntColumn.create(INTERVAL_MINUTES);
    IntColumn tier = IntColumn.create(TIER);
    DoubleColumn fractional = DoubleColumn.create(REQUIRED_FRACTIONAL);
    IntColumn agents = IntColumn.create(REQUIRED_AGENTS);
    DoubleColumn shrinkage = DoubleColumn.create(SHRINKAGE);
    IntColumn scheduled = IntColumn.create(SCHEDULED_AGENTS);
    for (LineRequirement r : rows) {
      asOfColumn.append(asOf);
      start.append(r.start());
      minutes.append(r.minutes());
      tier.append(r.tier().number());
      fractional.append(r.fractionalAgents().doubleValue());
      agents.append(r.agents());
      shrinkage.append(r.shrinkage().fraction());
      scheduled.append(r.scheduled());
    }
    return Table.create(BY_LINE, asOfColumn, start, minutes, tier, fractional, agents, shrinkage,
        scheduled);
  }
}
