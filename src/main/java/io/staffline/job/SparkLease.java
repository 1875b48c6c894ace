package io.staffline.job;

import io.staffline.ingest.ConcurrentQueries;
import io.staffline.ingest.Progress;
import io.staffline.ingest.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * A command's Spark session: its own (started here, stopped on close) or one lent by a pipeline
 * that runs several Spark stages in one JVM ({@code staffline run weekly}), left running on close.
 */
final class SparkLease implements AutoCloseable {
  /** Input bytes per shuffle partition: about 64 MiB of Parquet or compressed CSV a task. */
  static final long BYTES_PER_PARTITION = 64L << 20;

  private final SparkSession session;
  private final boolean owned;

  private SparkLease(SparkSession session, boolean owned) {
    this.session = session;
    this.owned = owned;
  }

  /**
   * @param data what the command reads (files or folders): the shuffle partitions follow its size,
   *     so a small export is not cut into more tasks than cores (each task has a fixed cost that
   *     dominates small data: the bundled sample's metrics ran 2.5× faster on 2 partitions than 8)
   */
  static SparkLease of(SparkSession lent, String master, Progress progress, List<Path> data) {
    long bytes = bytes(data);
    int partitions = shufflePartitions(bytes, Runtime.getRuntime().availableProcessors());
    SparkSession session;
    if (lent != null) {
      lent.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
      session = lent;
    } else {
      progress.step("spark", "starting " + master + ", " + partitions + " shuffle partitions", -1);
      session = SparkSessions.start(master, partitions);
    }
    // Unless set (-Dspark.staffline.concurrentQueries=N), small inputs get two queries in flight.
    if (!session.sparkContext().getConf().contains(ConcurrentQueries.THREADS_KEY)) {
      session.conf().set(ConcurrentQueries.THREADS_KEY, Integer.toString(concurrentQueries(bytes)));
    }
    return new SparkLease(session, lent == null);
  }

  /**
   * Queries in flight at once: two below {@link #CONCURRENT_BELOW_BYTES} of input, where a
   * query's time is mostly the driver's planning and small stages (the sample's metrics job ran
   * about 9% faster); one above, where the executors are busy anyway and a second query in flight
   * only adds memory (the 1M-ticket bench's peak heap rose from 4.65 to 5.5 GiB).
   */
  static int concurrentQueries(long inputBytes) {
    return inputBytes < CONCURRENT_BELOW_BYTES ? 2 : 1;
  }

  static final long CONCURRENT_BELOW_BYTES = 64L << 20;

  /** One partition per {@link #BYTES_PER_PARTITION} of input, and at least one per core. */
  static int shufflePartitions(long inputBytes, int cores) {
    long bySize = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    return (int) Math.min(10_000, Math.max(cores, bySize));
  }

  /** Bytes in the regular files under {@code data} (missing paths count nothing). */
  static long bytes(List<Path> data) {
    long total = 0;
    for (Path p : data) {
      if (!Files.exists(p)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
        total += walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot measure the input " + p, e);
      }
    }
    return total;
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
