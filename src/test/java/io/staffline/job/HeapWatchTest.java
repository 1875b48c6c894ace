package io.staffline.job;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bench's heap figures: live data held across a collection is seen, and never above the maximum. */
class HeapWatchTest {
  @Test
  void dataHeldAcrossACollectionCountsAsLive() throws InterruptedException {
    long mib = 1L << 20;
    try (HeapWatch heap = new HeapWatch()) {
      byte[] held = new byte[(int) (96 * mib)];
      held[held.length - 1] = 1;
      System.gc();
      Thread.sleep(3 * HeapWatch.SAMPLE_MILLIS);
      assertTrue(heap.collections() >= 1, "the collection was seen");
      assertTrue(heap.afterGcPeakBytes() >= 96 * mib, "live after GC: " + heap.afterGcPeakBytes());
      assertTrue(heap.sampledPeakBytes() >= 96 * mib, "sampled: " + heap.sampledPeakBytes());
      assertTrue(heap.sampledPeakBytes() <= Runtime.getRuntime().maxMemory());
      assertTrue(held[held.length - 1] == 1);
    }
  }
}
