package io.staffline.report.planning;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work the planners' workbook does on a second core while its own thread writes sheets: reading
 * the forecast, the what-if scenarios. Read {@link io.staffline.ingest.ConcurrentQueries#get} the
 * result: a failure is rethrown as it was thrown.
 */
final class Aside {
  private Aside() {}

  static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, runnable -> {
      Thread t = new Thread(runnable, "staffline-" + name);
      t.setDaemon(true);
      t.start();
    });
  }
}
