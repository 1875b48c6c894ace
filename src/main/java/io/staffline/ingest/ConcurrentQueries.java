package io.staffline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Independent Spark queries of one job, submitted from a few driver threads so that one query's
 * planning and small stages overlap another's tasks. On a small export a query spends much of its
 * time on the driver (analysis, optimisation, adaptive re-planning between stages) with the
 * executors idle; two queries in flight keep the cores busy. Each piece of work runs once its
 * inputs are ready; {@link #awaitAll} waits for everything submitted and rethrows the first
 * failure in submission order (the root cause: dependents fail with the same exception).
 *
 * <p>The number of threads is the Spark setting {@value #THREADS_KEY} (1, the default, runs the
 * queries one after the other in submission order; the commands set 2 for small inputs, see
 * {@code SparkLease}).
 */
public final class ConcurrentQueries implements AutoCloseable {
  public static final String THREADS_KEY = "spark.staffline.concurrentQueries";

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ExecutorService pool;
  private final List<CompletableFuture<?>> submitted = new ArrayList<>();

  public ConcurrentQueries(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException(THREADS_KEY + " must be at least 1, not " + threads);
    }
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "staffline-query-" + id + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** With the number of threads set in {@code spark}'s configuration. */
  public static ConcurrentQueries of(SparkSession spark) {
    String value = spark.conf().get(THREADS_KEY, "1");
    try {
      return new ConcurrentQueries(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(THREADS_KEY + " must be a whole number, not '" + value + "'");
    }
  }

  public <T> CompletableFuture<T> submit(Supplier<T> work) {
    return track(CompletableFuture.supplyAsync(work, pool));
  }

  public <A, T> CompletableFuture<T> then(CompletableFuture<A> input, Function<A, T> work) {
    return track(input.thenApplyAsync(work, pool));
  }

  public <A, B, T> CompletableFuture<T> then(CompletableFuture<A> a, CompletableFuture<B> b,
      BiFunction<A, B, T> work) {
    return track(a.thenCombineAsync(b, work, pool));
  }

  private synchronized <T> CompletableFuture<T> track(CompletableFuture<T> f) {
    submitted.add(f);
    return f;
  }

  /** Waits for all submitted work; rethrows the first failure in submission order. */
  public void awaitAll() {
    List<CompletableFuture<?>> all;
    synchronized (this) {
      all = List.copyOf(submitted);
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((v, e) -> null).join();
    for (CompletableFuture<?> f : all) {
      if (f.isCompletedExceptionally()) {
        get(f);
      }
    }
  }

  /**
   * {@code work} on a thread of its own named {@code staffline-<name>} (a daemon: it never keeps
   * the JVM up), for work beside the caller's own rather than queries: the managers' pack during
   * the rota, the planners' workbook's forecast read and what-if. Take the result with {@link #get}.
   */
  public static <T> CompletableFuture<T> aside(String name, java.util.function.Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, runnable -> {
      Thread t = new Thread(runnable, "staffline-" + name);
      t.setDaemon(true);
      t.start();
    });
  }

  /** The value of completed (or completing) work, its failure rethrown as it was thrown. */
  public static <T> T get(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      // As the work threw it, checked or not (Spark throws its checked SparkException undeclared).
      throw ConcurrentQueries.<RuntimeException>sneaky(e.getCause() == null ? e : e.getCause());
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }

  /** Waits for whatever is still running (a query is never abandoned mid-write), then stops. */
  @Override
  public void close() {
    List<CompletableFuture<?>> all;
    synchronized (this) {
      all = List.copyOf(submitted);
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((v, e) -> null).join();
    pool.shutdown();
  }
}
