package io.staffline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JIT chosen by input size: the decision, the child's command line, and a real relaunch. */
class JitModeTest {

  @Test
  void onlyAutoRelaunchesAndOnlyFromTheThreshold() {
    long t = JitMode.FULL_FROM_BYTES;
    assertEquals(JitMode.Decision.RELAUNCH_FULL, JitMode.decide("auto", t, t));
    assertEquals(JitMode.Decision.RELAUNCH_FULL, JitMode.decide("auto", 10 * t, t));
    assertEquals(JitMode.Decision.STAY, JitMode.decide("auto", t - 1, t));
    assertEquals(JitMode.Decision.STAY, JitMode.decide("quick", 10 * t, t));
    assertEquals(JitMode.Decision.STAY, JitMode.decide("full", 10 * t, t));
    assertEquals(JitMode.Decision.STAY, JitMode.decide(null, 10 * t, t));
  }

  @Test
  void theChildRunsTheSameCommandWithoutTheQuickFlag() {
    List<String> cmd = JitMode.childCommand("/jdk/bin/java",
        List.of("-Xmx4g", "-XX:TieredStopAtLevel=1", "-Dstaffline.jit=auto", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "-Dstaffline.jit.parent=7", "-Dother=x"),
        "a.jar:lib/*", 4242, List.of("run", "weekly", "--out", "o"));
    assertEquals(List.of("/jdk/bin/java", "-Xmx4g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Dother=x",
        "-Dstaffline.jit=full", "-Dstaffline.jit.parent=4242", "-cp", "a.jar:lib/*",
        "io.staffline.job.StafflineCli", "run", "weekly", "--out", "o"), cmd);
  }

  /** Launches {@code staffline generate} as bin/staffline would, with the threshold at 1 byte. */
  private static Result launch(long threshold, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dstaffline.jit=auto",
        "-D" + JitMode.THRESHOLD_PROPERTY + "=" + threshold,
        "-cp", System.getProperty("java.class.path"), StafflineCli.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return new Result(p.exitValue(), out);
  }

  private record Result(int exit, String output) {}

  @Test
  void aLargeInputRunsInAFullJitChildWhoseResultAndExitCodeArePassedOn(@TempDir Path dir) throws Exception {
    Result big = launch(1, "generate", "--out", dir.resolve("big").toString(), "--weeks", "1", "--tickets-per-week", "40");
    assertEquals(0, big.exit(), big.output());
    assertTrue(big.output().contains("running in a JVM with the full JIT"), big.output());
    assertTrue(Files.isRegularFile(dir.resolve("big").resolve("export.json")), big.output());
    // The child ran the command once: one "done" line, not two.
    assertEquals(1, big.output().lines().filter(l -> l.contains("tickets,") && l.contains("events")).count(), big.output());

    Result small = launch(Long.MAX_VALUE, "generate", "--out", dir.resolve("small").toString(), "--weeks", "1",
        "--tickets-per-week", "40");
    assertEquals(0, small.exit(), small.output());
    assertFalse(small.output().contains("full JIT"), small.output());
    assertEquals(Files.readString(dir.resolve("big").resolve("export.json")),
        Files.readString(dir.resolve("small").resolve("export.json")));

    // A failure in the child is the parent's exit code.
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    Result failed = launch(1, "generate", "--out", notAFolder.resolve("sub").toString(), "--weeks", "1",
        "--tickets-per-week", "40");
    assertTrue(failed.output().contains("running in a JVM with the full JIT"), failed.output());
    assertEquals(1, failed.exit(), failed.output());
  }
}
