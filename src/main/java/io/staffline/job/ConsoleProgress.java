package io.staffline.job;

import io.staffline.ingest.Progress;
import java.io.PrintWriter;

/** Prints each step with the elapsed time since the command started: {@code [  3.2s] stage: detail}. */
final class ConsoleProgress implements Progress {
  private final PrintWriter out;
  private final long start = System.nanoTime();

  ConsoleProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void step(String stage, String detail, long rows) {
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf("[%6.1fs] %-8s %s%s%n", seconds, stage, detail,
        rows >= 0 ? String.format(" — %,d rows", rows) : "");
    out.flush();
  }
}
