package io.staffline.job;

import io.staffline.ingest.Progress;
import io.staffline.ingest.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * A command's Spark session: its own (started here, stopped on close) or one lent by a pipeline
 * that runs several Spark stages in one JVM ({@code staffline run weekly}), left running on close.
 */
final class SparkLease implements AutoCloseable {
  static final int SHUFFLE_PARTITIONS = 8;

  private final SparkSession session;
  private final boolean owned;

  private SparkLease(SparkSession session, boolean owned) {
    this.session = session;
    this.owned = owned;
  }

  static SparkLease of(SparkSession lent, String master, Progress progress) {
    if (lent != null) {
      return new SparkLease(lent, false);
    }
    progress.step("spark", "starting " + master, -1);
    return new SparkLease(SparkSessions.start(master, SHUFFLE_PARTITIONS), true);
  }

  SparkSession session() {
    return session;
  }

  @Override
  public void close() {
    if (owned) {
      session.stop();
    }
  }
}
