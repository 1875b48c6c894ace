package io.staffline.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes a default sample (or one with another ticket volume) and prints the summary and file
 * sizes. Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * io.staffline.sample.GenerateSample /tmp/gen-check [ticketsPerWeek]}.
 */
public final class GenerateSample {
  private GenerateSample() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/gen-check");
    GeneratorSettings settings = GeneratorSettings.defaults();
    if (args.length > 1) {
      settings = settings.withTicketsPerWeek(Integer.parseInt(args[1]));
    }
    long t0 = System.nanoTime();
    GeneratorSummary summary = new SampleGenerator(settings).writeTo(dir);
    System.out.printf("%s in %.1f s%n", summary, (System.nanoTime() - t0) / 1e9);
    try (Stream<Path> files = Files.list(dir).sorted()) {
      for (Path f : (Iterable<Path>) files::iterator) {
        System.out.printf("%12d  %s%n", Files.size(f), f.getFileName());
      }
    }
  }
}
