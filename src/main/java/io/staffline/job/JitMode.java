package io.staffline.job;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Which JIT a command runs under, chosen by how much it reads (docs/benchmarks.md, "The JIT").
 *
 * <p>On small inputs most of a cold run is the JVM warming up: on the bundled sample, HotSpot's
 * optimising compiler (C2) and its profiling took about half of the ingest and metrics time, and the
 * quick compiler alone (C1, {@code -XX:TieredStopAtLevel=1}) made {@code run weekly} about a
 * fifth faster. On large inputs the same code runs for minutes and C2's code pays for itself: at
 * 1M tickets C1 alone made the metrics job 48% slower. A JVM cannot change its JIT once started,
 * so {@code bin/staffline} starts every command with C1 only ({@code -Dstaffline.jit=auto}), and a
 * command whose input reaches {@link #FULL_FROM_BYTES} runs again, at once and before doing
 * anything, in a child JVM with the full tiered JIT; the parent waits for it, passes its exit
 * status on and stops it if the parent itself is stopped, and the child stops if the parent dies.
 *
 * <p>{@code STAFFLINE_JIT=full} or {@code quick} in the environment fixes the JIT for every input.
 * Without {@code -Dstaffline.jit} (tests, an embedding program) nothing is chosen here.
 */
final class JitMode {
  private JitMode() {}

  /** Set by {@code bin/staffline}: {@code auto}, {@code quick} or {@code full}. */
  static final String PROPERTY = "staffline.jit";
  /** In the child JVM: the parent's process id, to stop with it. */
  static final String PARENT_PROPERTY = "staffline.jit.parent";
  /** Overrides {@link #FULL_FROM_BYTES} (for tests and experiments). */
  static final String THRESHOLD_PROPERTY = "staffline.jit.fullFromBytes";
  static final String QUICK_FLAG = "-XX:TieredStopAtLevel=1";

  /**
   * Input size from which the full JIT is used. Measured on generated data (docs/benchmarks.md, "The
   * JIT"): C1 alone wins clearly on the 4 MiB sample, ties at 100k tickets (an export of 10 MiB, a
   * lake of 17 MiB) and loses from 200k (ingest 30–60% slower) to 1M (metrics 48% slower).
   */
  static final long FULL_FROM_BYTES = 12L << 20;

  /** Rough bytes of compressed canonical export per ticket (the sample: 4.4 MB for 41,110 tickets). */
  static final long EXPORT_BYTES_PER_TICKET = 110;

  private static volatile String[] mainArgs;
  private static volatile boolean decided;

  /** What {@link #fitTo} should do. */
  enum Decision { STAY, RELAUNCH_FULL }

  /** The command line as given to {@code main}: a relaunch runs the same. */
  static void rememberArgs(String[] args) {
    mainArgs = args.clone();
  }

  /** In a relaunched child: stop when the parent is gone (killed without running its hooks). */
  static void watchParent(PrintWriter err) {
    String parent = System.getProperty(PARENT_PROPERTY);
    if (parent == null) {
      return;
    }
    ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
        h -> h.onExit().thenRun(() -> halt(err)), () -> halt(err));
  }

  private static void halt(PrintWriter err) {
    err.println("staffline: the launching process is gone; stopping (committed outputs are kept)");
    err.flush();
    Runtime.getRuntime().halt(143);
  }

  /** The decision for {@code mode} (the property's value, or null) and an input of {@code bytes}. */
  static Decision decide(String mode, long bytes, long threshold) {
    return "auto".equals(mode) && bytes >= threshold ? Decision.RELAUNCH_FULL : Decision.STAY;
  }

  /**
   * Called by a command before its work, with the size of what it reads. Only the first call in a
   * JVM decides (a pipeline's later stages keep the JIT its start chose). Returns when this JVM
   * goes on; otherwise runs the command in a full-JIT child and exits with the child's status.
   */
  static void fitTo(long bytes, PrintWriter err) {
    if (decided) {
      return;
    }
    decided = true;
    String[] args = mainArgs;
    if (args == null) {
      return;
    }
    long threshold = Long.getLong(THRESHOLD_PROPERTY, FULL_FROM_BYTES);
    if (decide(System.getProperty(PROPERTY), bytes, threshold) == Decision.STAY) {
      return;
    }
    err.printf(Locale.ROOT, "staffline: %.1f MiB to read: running in a JVM with the full JIT (STAFFLINE_JIT=full|quick fixes it)%n",
        bytes / (double) (1L << 20));
    err.flush();
    List<String> cmd = childCommand(javaBinary(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
        System.getProperty("java.class.path"), ProcessHandle.current().pid(), List.of(args));
    System.exit(runChild(cmd, err));
  }

  /** The child's command line: this JVM's, without C1-only, marked as decided, same arguments. */
  static List<String> childCommand(String java, List<String> jvmArgs, String classPath, long parentPid,
      List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    for (String a : jvmArgs) {
      if (a.equals(QUICK_FLAG) || a.startsWith("-D" + PROPERTY + "=") || a.startsWith("-D" + PARENT_PROPERTY + "=")) {
        continue;
      }
      cmd.add(a);
    }
    cmd.add("-D" + PROPERTY + "=full");
    cmd.add("-D" + PARENT_PROPERTY + "=" + parentPid);
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(StafflineCli.class.getName());
    cmd.addAll(args);
    return cmd;
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static int runChild(List<String> cmd, PrintWriter err) {
    Process child;
    try {
      child = new ProcessBuilder(cmd).inheritIO().start();
    } catch (java.io.IOException e) {
      err.println("staffline: cannot start the full-JIT JVM (" + e.getMessage() + ")");
      return 1;
    }
    // Stopped (Ctrl-C, SIGTERM): stop the child too and wait for it, as if it were this process.
    Thread stopChild = new Thread(() -> {
      child.destroy();
      try {
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
      } catch (InterruptedException e) {
        child.destroyForcibly();
      }
    }, "staffline-stop-child");
    Runtime.getRuntime().addShutdownHook(stopChild);
    while (true) {
      try {
        return child.waitFor();
      } catch (InterruptedException e) {
        // keep waiting: the shutdown hook handles a stop
      }
    }
  }
}
