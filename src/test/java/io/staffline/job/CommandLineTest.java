package io.staffline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line: help for every command, clear errors, and the launcher's JVM flags. */
class CommandLineTest {

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = StafflineCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : StafflineCli.commandLine().getSubcommands().keySet()) {
      if (command.equals("help")) {
        continue;
      }
      Run r = run(command, "--help");
      assertEquals(0, r.exit(), command);
      assertTrue(r.out().contains("Usage: staffline " + command), command + ": " + r.out());
    }
  }

  @Test
  void anUnknownOptionIsAClearErrorWithExitCode2() {
    Run r = run("ingest", "--input", "x", "--frobnicate");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
  }

  @Test
  void noCommandIsAnError() {
    Run r = run();
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Missing command"), r.err());
  }

  @Test
  void aMissingInputFolderIsNamedInTheError() {
    Run r = run("ingest", "--input", "no/such/folder", "--lake", "target/never", "--master", "local[1]");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--input: folder no/such/folder does not exist"), r.err());
  }

  @Test
  void launcherAndSurefireUseSparksJvmFlags() throws IOException {
    String expected = JavaModuleOptions.defaultModuleOptions();
    Matcher pom = Pattern.compile("<spark.jvm.flags>(.*?)</spark.jvm.flags>")
        .matcher(Files.readString(Path.of("pom.xml")));
    assertTrue(pom.find());
    assertEquals(expected, pom.group(1));
    Matcher bin = Pattern.compile("SPARK_JVM_FLAGS=\"(.*?)\"").matcher(Files.readString(Path.of("bin/staffline")));
    assertTrue(bin.find());
    assertEquals(expected, bin.group(1));
  }

  /**
   * With C1 alone HotSpot reserves a 48 MB code cache, which run weekly on the sample filled (the
   * compiler stopped, then method-handle linking failed): every quick mode reserves more.
   */
  @Test
  void launcherQuickModesReserveATieredCodeCache() throws IOException {
    String launcher = Files.readString(Path.of("bin/staffline"));
    Matcher cache = Pattern.compile("QUICK_CODE_CACHE=\"-XX:ReservedCodeCacheSize=(\\d+)m\"").matcher(launcher);
    assertTrue(cache.find(), "bin/staffline sets QUICK_CODE_CACHE");
    assertTrue(Integer.parseInt(cache.group(1)) >= 240, cache.group(1));
    Matcher modes = Pattern.compile("(?m)^\\s*(\\w+)\\) JIT_FLAGS=\"([^\"]*)\"").matcher(launcher);
    int quick = 0;
    while (modes.find()) {
      if (modes.group(2).contains(JitMode.QUICK_FLAG)) {
        quick++;
        assertTrue(modes.group(2).contains("$QUICK_CODE_CACHE"), modes.group(1) + ": " + modes.group(2));
      }
    }
    assertEquals(2, quick, "the auto and quick modes use C1 alone");
  }
}
