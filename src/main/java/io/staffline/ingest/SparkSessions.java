package io.staffline.ingest;

import org.apache.spark.sql.SparkSession;

/** The one place where Staffline's Spark settings live. */
public final class SparkSessions {
  private SparkSessions() {}

  /** A session on {@code master} (default {@code local[*]}) with Staffline's settings. */
  public static SparkSession start(String master, int shufflePartitions) {
    return SparkSession.builder()
        .master(master)
        .appName("staffline")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        // Instants in, instants out: all lake timestamps are UTC and dates are UTC dates.
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", "true")
        // INT96 is legacy; any Parquet reader understands TIMESTAMP_MICROS adjusted to UTC.
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "true")
        // Cached tables are re-read a few times within one job; gathering compression statistics
        // for every column of every cached batch cost more than the rereads saved.
        .config("spark.sql.inMemoryColumnarStorage.compressed", "false")
        // Permissions through java.nio rather than a forked chmod per file written.
        .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
        .getOrCreate();
  }
}
