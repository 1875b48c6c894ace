package io.staffline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/** How many partitions a file's lines are spread over before parsing (RawFiles.linePartitions). */
class LinePartitionsTest {
  private static final long MIB = 1L << 20;

  @Test
  void smallFilesGetOnePartitionPerCore() {
    // The bundled sample's events: 2.7 MB of gzip, read as one split, on 2 cores.
    assertEquals(2, RawFiles.linePartitions(2_719_727, true, 1, 2));
    assertEquals(2, RawFiles.linePartitions(0, false, 1, 2));
  }

  @Test
  void aCompressedFileIsCountedAtEightTimesItsSize() {
    // 64 MiB of text a partition: 8 MiB of gzip is one, 8 MiB + 1 byte is two.
    assertEquals(1, RawFiles.linePartitions(8 * MIB, true, 1, 1));
    assertEquals(2, RawFiles.linePartitions(8 * MIB + 1, true, 1, 1));
    // The 10M-ticket events: 696,281,029 bytes × 8 / 64 MiB = 83.0 → 84 (rounded up).
    assertEquals(84, RawFiles.linePartitions(696_281_029L, true, 1, 2));
  }

  @Test
  void plainTextIsCountedAtItsSizeAndNeverBelowItsSplits() {
    assertEquals(16, RawFiles.linePartitions(1024 * MIB, false, 1, 2));
    // A 1 GiB file read in 32 splits keeps its 32.
    assertEquals(32, RawFiles.linePartitions(1024 * MIB, false, 32, 2));
  }

  @Test
  void compressionIsToldByTheCodecForTheName() {
    Configuration hadoop = new Configuration(false);
    assertTrue(RawFiles.compressed(new Path("/x/ticket_events.csv.gz"), hadoop));
    assertFalse(RawFiles.compressed(new Path("/x/ticket_events.csv"), hadoop));
  }
}
