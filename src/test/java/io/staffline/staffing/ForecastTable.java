package io.staffline.staffing;

import io.staffline.ingest.Lake;
import io.staffline.tables.ParquetTables;
import java.nio.file.Path;
import java.time.Instant;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A small {@code forecast} table with every column of docs/pipeline.md, built row by row for tests
 * (the forecast stage writes the real one), and committed like a stage's output.
 */
public final class ForecastTable {
  /** Monday 2026-11-30 00:00 UTC: the forecast origin of the tests. */
  public static final Instant AS_OF = Instant.parse("2026-11-30T00:00:00Z");
  public static final String DIRECT = "direct";
  public static final String CASCADE = "cascade";

  private final InstantColumn asOf = InstantColumn.create(ForecastInput.AS_OF);
  private final StringColumn team = StringColumn.create(ForecastInput.TEAM);
  private final StringColumn channel = StringColumn.create(ForecastInput.CHANNEL);
  private final IntColumn tier = IntColumn.create(ForecastInput.TIER);
  private final InstantColumn start = InstantColumn.create(ForecastInput.INTERVAL_START);
  private final IntColumn minutes = IntColumn.create(ForecastInput.INTERVAL_MINUTES);
  private final StringColumn origin = StringColumn.create(ForecastInput.ORIGIN);
  private final StringColumn method = StringColumn.create("method");
  private final DoubleColumn contacts = DoubleColumn.create(ForecastInput.CONTACTS);
  private final DoubleColumn low = DoubleColumn.create("contacts_lo");
  private final DoubleColumn high = DoubleColumn.create("contacts_hi");
  private final DoubleColumn aht = DoubleColumn.create(ForecastInput.AHT_SECONDS);

  /** A row; {@code ahtSeconds} null: the forecast has no handle time for the queue. */
  public ForecastTable row(String team, String channel, int tier, Instant start, int minutes,
      String origin, double contacts, Double ahtSeconds) {
    this.asOf.append(AS_OF);
    this.team.append(team);
    this.channel.append(channel);
    this.tier.append(tier);
    this.start.append(start);
    this.minutes.append(minutes);
    this.origin.append(origin);
    this.method.append("seasonal_naive");
    this.contacts.append(contacts);
    this.low.append(contacts * 0.8);
    this.high.append(contacts * 1.2);
    if (ahtSeconds == null) {
      this.aht.appendMissing();
    } else {
      this.aht.append(ahtSeconds);
    }
    return this;
  }

  /** A direct row of a 30-minute interval. */
  public ForecastTable row(String team, String channel, int tier, Instant start, double contacts,
      Double ahtSeconds) {
    return row(team, channel, tier, start, 30, DIRECT, contacts, ahtSeconds);
  }

  public Table table() {
    return Table.create(ForecastInput.TABLE, asOf, team, channel, tier, start, minutes, origin,
        method, contacts, low, high, aht);
  }

  /** Commits the table as {@code folder}/current/forecast, the way a stage does. */
  public Path commit(Path folder) {
    Lake lake = new Lake(folder);
    Path staging = lake.newStaging("forecast-test");
    ParquetTables.write(table(), staging.resolve(ForecastInput.TABLE));
    lake.commit(staging, "forecast-test");
    return folder;
  }
}
