package io.staffline;

import io.staffline.ingest.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** One local Spark session per test JVM (local[2], two shuffle partitions, no UI). */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSessions.start("local[2]", 2);
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
