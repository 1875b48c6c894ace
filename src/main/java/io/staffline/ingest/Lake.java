package io.staffline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lake's folders and its atomic commit. A run writes into {@code runs/.staging-<run>}; commit
 * renames that to {@code runs/<run>} and then replaces the symbolic link {@code current} by a
 * rename, which is atomic on POSIX file systems: a reader sees the old run or the new one, never a
 * mix, and a run killed at any moment leaves {@code current} on the previous run.
 */
public final class Lake {
  public static final String CURRENT = "current";
  static final String RUNS = "runs";
  static final String FAILED = "failed";
  static final String STAGING_PREFIX = ".staging-";
  /** Committed runs kept besides the current one, so a reader mid-way through keeps its files. */
  static final int KEEP_PREVIOUS = 1;

  private final Path root;

  public Lake(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The committed tables (through the {@code current} link). */
  public Path current() {
    return root.resolve(CURRENT);
  }

  public Path table(String name) {
    return current().resolve(name);
  }

  /** {@code base}, or {@code base-2}, {@code base-3}... when a run of that name exists already. */
  public String unusedRunId(String base) {
    String id = base;
    for (int n = 2; Files.exists(root.resolve(RUNS).resolve(id)) || Files.exists(root.resolve(FAILED).resolve(id)); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** A fresh staging folder for {@code runId}, after removing those left by killed runs. */
  public Path newStaging(String runId) {
    Path runs = root.resolve(RUNS);
    try {
      Files.createDirectories(runs);
      try (Stream<Path> stale = Files.list(runs)) {
        for (Path p : stale.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
          deleteTree(p);
        }
      }
      return runs.resolve(STAGING_PREFIX + runId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the lake at " + root, e);
    }
  }

  /** Makes the staged run the current one, then drops runs older than the previous one. */
  public Path commit(Path staging, String runId) {
    try {
      Path run = root.resolve(RUNS).resolve(runId);
      Files.move(staging, run, StandardCopyOption.ATOMIC_MOVE);
      Path link = root.resolve(".current-" + runId);
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, root.relativize(run));
      try {
        Files.move(link, current(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the lake's file system cannot replace a link atomically: " + root, e);
      }
      prune(run);
      return run;
    } catch (FileAlreadyExistsException e) {
      throw new UncheckedIOException("run folder already exists: " + e.getFile(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit run " + runId + " to the lake at " + root, e);
    }
  }

  /** Keeps a failed run's staged output for inspection, out of the readers' way. */
  public Path keepFailed(Path staging, String runId) {
    try {
      Path failed = root.resolve(FAILED).resolve(runId);
      Files.createDirectories(failed.getParent());
      if (Files.exists(staging)) {
        Files.move(staging, failed, StandardCopyOption.ATOMIC_MOVE);
      }
      return failed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep failed run " + runId, e);
    }
  }

  /** The run folder {@code current} points to, if any. */
  public java.util.Optional<Path> currentRun() {
    try {
      return Files.isSymbolicLink(current())
          ? java.util.Optional.of(root.resolve(Files.readSymbolicLink(current())).normalize())
          : java.util.Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void prune(Path keep) throws IOException {
    try (Stream<Path> runs = Files.list(root.resolve(RUNS))) {
      List<Path> committed = runs
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.equals(keep))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
          .toList();
      for (Path old : committed.subList(Math.min(KEEP_PREVIOUS, committed.size()), committed.size())) {
        deleteTree(old);
      }
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
