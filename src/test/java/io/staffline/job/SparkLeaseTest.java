package io.staffline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Shuffle partitions and queries in flight follow the input's size; partitions never fewer than the cores. */
class SparkLeaseTest {
  static final long MIB = 1L << 20;

  @Test
  void smallInputsGetOnePartitionPerCore() {
    assertEquals(2, SparkLease.shufflePartitions(10 * MIB, 2));
    assertEquals(2, SparkLease.shufflePartitions(0, 2));
  }

  @Test
  void largeInputsGetOnePartitionPer64MiBRoundedUp() {
    // 2.5 GiB = 2,560 MiB = 40 × 64 MiB; one byte more needs a 41st partition.
    assertEquals(40, SparkLease.shufflePartitions(2_560 * MIB, 2));
    assertEquals(41, SparkLease.shufflePartitions(2_560 * MIB + 1, 2));
  }

  @Test
  void smallInputsRunTwoQueriesAtOnceLargeOnesOne() {
    assertEquals(2, SparkLease.concurrentQueries(0));
    assertEquals(2, SparkLease.concurrentQueries(64 * MIB - 1));
    assertEquals(1, SparkLease.concurrentQueries(64 * MIB));
    assertEquals(1, SparkLease.concurrentQueries(5_000 * MIB));
  }
}
