package io.staffline.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.DataReader;
import tech.tablesaw.io.DataWriter;

class TablesawStartupTest {

  @Test
  void registersTheSameReadersAndWritersAsTheFullScanAndRestoresTheClassPath() throws Exception {
    String classPath = System.getProperty("java.class.path");
    TablesawStartup.initialise();
    assertEquals(classPath, System.getProperty("java.class.path"));
    assertTrue(Table.defaultReaderRegistry.getReaderForExtension("csv").isPresent());
    assertTrue(Table.defaultWriterRegistry.getWriterForExtension("csv") != null);

    // What Tablesaw's own scan finds on the whole class path is what it finds in its jar alone.
    Path jar = Path.of(Table.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> full = implementations(new ClassGraph());
    Set<String> ownJar = implementations(new ClassGraph().overrideClasspath(jar.toString()));
    assertFalse(full.isEmpty());
    assertEquals(full, ownJar);
  }

  private static Set<String> implementations(ClassGraph graph) {
    try (ScanResult r = graph.enableAllInfo().acceptPackages("tech.tablesaw.io").scan()) {
      Set<String> names = new TreeSet<>(r.getClassesImplementing(DataReader.class.getName()).getNames());
      names.addAll(r.getClassesImplementing(DataWriter.class.getName()).getNames());
      return names;
    }
  }
}
