package io.staffline.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.SparkTestSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Parquet written by Spark reads back cell for cell; Parquet written here reads in DuckDB and Spark. */
class ParquetTablesTest {
  static final Instant MONDAY_0830 = Instant.parse("2026-11-16T08:30:00Z");
  // Tablesaw keeps instants to the millisecond.
  static final Instant MILLI_BEFORE_EPOCH = Instant.parse("1969-12-31T23:59:59.999Z");

  @Test
  void readsWhatSparkWritesIncludingNullsAndAllPartFiles(@TempDir Path dir) {
    SparkSession spark = SparkTestSession.get();
    StructType schema = new StructType()
        .add("team", DataTypes.StringType).add("tier", DataTypes.IntegerType)
        .add("n", DataTypes.LongType).add("share", DataTypes.DoubleType)
        .add("ok", DataTypes.BooleanType).add("day", DataTypes.DateType)
        .add("at", DataTypes.TimestampType);
    List<Row> rows = List.of(
        RowFactory.create("L1 EMEA", 1, 12L, 0.25, true, java.sql.Date.valueOf("2026-11-16"),
            java.sql.Timestamp.from(MONDAY_0830)),
        RowFactory.create(null, null, null, null, null, null, null),
        RowFactory.create("L3 ☃", 3, -5L, Double.NaN, false, java.sql.Date.valueOf("1969-12-31"),
            java.sql.Timestamp.from(MILLI_BEFORE_EPOCH)));
    Path out = dir.resolve("t");
    spark.createDataFrame(rows, schema).repartition(3).write().parquet(out.toString());

    Table t = ParquetTables.read(out).sortOn("n");

    assertEquals(3, t.rowCount());
    assertEquals(List.of("team", "tier", "n", "share", "ok", "day", "at"), t.columnNames());
    // Sorted on n: -5, 12, then the missing n (Tablesaw sorts missing longs first or last by sentinel).
    int neg = t.longColumn("n").indexOf(-5L);
    int pos = t.longColumn("n").indexOf(12L);
    int nul = 3 - neg - pos;
    assertEquals("L3 ☃", t.stringColumn("team").get(neg));
    assertEquals(3, t.intColumn("tier").getInt(neg));
    assertTrue(Double.isNaN(t.doubleColumn("share").getDouble(neg)));
    assertEquals(LocalDate.of(1969, 12, 31), t.dateColumn("day").get(neg));
    assertEquals(MILLI_BEFORE_EPOCH, t.instantColumn("at").get(neg));
    assertEquals(MONDAY_0830, t.instantColumn("at").get(pos));
    assertEquals(0.25, t.doubleColumn("share").getDouble(pos));
    assertEquals(true, t.booleanColumn("ok").get(pos));
    for (String c : t.columnNames()) {
      assertTrue(t.column(c).isMissing(nul), c + " of the all-null row");
    }
  }

  @Test
  void readsOnlyTheColumnsAsked(@TempDir Path dir) {
    Path out = dir.resolve("t");
    ParquetTables.write(sample(), out);
    Table t = ParquetTables.read(out, Set.of("tier", "team"));
    assertEquals(List.of("team", "tier"), t.columnNames());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParquetTables.read(out, Set.of("teem")));
    assertTrue(e.getMessage().contains("teem"), e.getMessage());
  }

  @Test
  void writesWhatDuckDbAndSparkRead(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("t");
    ParquetTables.write(sample(), out);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT team, tier, n, share, ok, day, epoch_us(\"at\") FROM read_parquet('"
             + out.resolve(ParquetTables.PART) + "') ORDER BY tier NULLS LAST")) {
      r.next();
      assertEquals("L1", r.getString(1));
      assertEquals(1, r.getInt(2));
      assertEquals(7L, r.getLong(3));
      assertEquals(0.5, r.getDouble(4));
      assertEquals(true, r.getBoolean(5));
      assertEquals(java.sql.Date.valueOf("2026-11-16"), r.getDate(6));
      assertEquals(MONDAY_0830.getEpochSecond() * 1_000_000L, r.getLong(7));
      r.next();
      for (int i = 1; i <= 7; i++) {
        r.getObject(i);
        assertTrue(r.wasNull(), "column " + i + " of the missing row");
      }
    }
    Row first = SparkTestSession.get().read().parquet(out.toString()).orderBy("tier").collectAsList().get(1);
    assertEquals(MONDAY_0830, first.getAs("at"));
  }

  @Test
  void aFolderWithoutParquetIsAClearError(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParquetTables.read(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  private static Table sample() {
    StringColumn team = StringColumn.create("team", "L1");
    team.appendMissing();
    IntColumn tier = IntColumn.create("tier", new int[] {1});
    tier.appendMissing();
    LongColumn n = LongColumn.create("n", 7L);
    n.appendMissing();
    DoubleColumn share = DoubleColumn.create("share", 0.5);
    share.appendMissing();
    BooleanColumn ok = BooleanColumn.create("ok", true);
    ok.appendMissing();
    DateColumn day = DateColumn.create("day", LocalDate.of(2026, 11, 16));
    day.appendMissing();
    InstantColumn at = InstantColumn.create("at", List.of(MONDAY_0830));
    at.appendMissing();
    return Table.create("sample", team, tier, n, share, ok, day, at);
  }
}
