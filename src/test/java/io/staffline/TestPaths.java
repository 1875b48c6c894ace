package io.staffline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository's samples and the shared real data sets. */
public final class TestPaths {
  private TestPaths() {}

  public static final Path SAMPLES = Path.of("data-samples");
  public static final Path BAD = SAMPLES.resolve("bad");
  /** ../shared beside the checkout (CI has it; locally it may be missing). */
  public static final Path SHARED_REAL = Path.of("..", "shared", "data", "real");

  public static boolean sharedDataPresent() {
    return Files.isDirectory(SHARED_REAL);
  }
}
