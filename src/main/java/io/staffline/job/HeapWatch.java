package io.staffline.job;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a piece of work used, for benchmarks: the heap in use sampled every
 * {@value #SAMPLE_MILLIS} ms (never above the maximum heap; garbage not yet collected counts), and
 * the heap still in use right after each collection (the live data the work needed, the figure to
 * hold against a heap budget).
 */
final class HeapWatch implements AutoCloseable {
  static final long SAMPLE_MILLIS = 50;

  private final AtomicLong sampledPeak = new AtomicLong();
  private final AtomicLong afterGcPeak = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onCollection;
  private final Thread sampler;
  private volatile boolean running = true;

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler = new Thread(() -> {
      while (running) {
        sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "staffline-heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void onCollection(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long used = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
      if (after != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
        used += after.getUsed();
      }
    }
    afterGcPeak.accumulateAndGet(used, Math::max);
    collections.incrementAndGet();
  }

  long sampledPeakBytes() {
    return sampledPeak.get();
  }

  /** 0 when no collection ran. */
  long afterGcPeakBytes() {
    return afterGcPeak.get();
  }

  long collections() {
    return collections.get();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // already gone
      }
    }
  }
}
