package io.staffline.tables;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * Initialises Tablesaw's {@link Table} class cheaply. Its static initialiser registers Tablesaw's
 * readers and writers by scanning the class path with ClassGraph for implementations in
 * {@code tech.tablesaw.io}, and on our class path (Spark's 200-odd jars) that scan opened every jar:
 * 1.3 s with C1 only, 2.2 s with the full JIT, before the first table of every process. The
 * readers and writers all live in Tablesaw's own jar, so while the class initialises the class
 * path it scans ({@code java.class.path}) is that jar alone (0.55 s), then restored; the same
 * classes register. Where Tablesaw is not a jar of its own (a single shaded jar), nothing changes.
 * Called from the static initialisers of the classes that read and write our tables, the way in
 * to Tablesaw for every command; {@code TablesawStartupTest} checks the readers registered.
 */
public final class TablesawStartup {
  private TablesawStartup() {}

  private static boolean done;

  /** Initialises {@link Table} (once; later calls return at once). */
  public static synchronized void initialise() {
    if (done) {
      return;
    }
    done = true;
    String classPath = System.getProperty("java.class.path");
    String jar = ownJar();
    if (jar == null || classPath == null) {
      load();
      return;
    }
    System.setProperty("java.class.path", jar);
    try {
      load();
    } finally {
      System.setProperty("java.class.path", classPath);
    }
  }

  /** Tablesaw's jar, or null when its classes are not in a jar of their own. */
  private static String ownJar() {
    try {
      // A class literal loads the class without initialising it.
      var source = Table.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path p = Path.of(source.getLocation().toURI());
      String name = p.getFileName().toString();
      return Files.isRegularFile(p) && name.startsWith("tablesaw-core") && name.endsWith(".jar") ? p.toString() : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static void load() {
    try {
      Class.forName(Table.class.getName(), true, Table.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Tablesaw is not on the class path", e);
    }
  }
}
