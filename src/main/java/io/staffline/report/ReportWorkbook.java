package io.staffline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook being built: in-memory sheets (which may hold charts) and streamed sheets (rows go to
 * a temporary file as they are written, for tables of any length), in the order they were asked
 * for. POI allows the mix this way: every sheet is created in an in-memory workbook first; once the
 * in-memory sheets are done, the workbook is wrapped for streaming and the reserved sheets receive
 * their rows, which POI splices into the sheet files when it writes. Charts must therefore sit on
 * in-memory sheets and draw data from in-memory sheets.
 */
public final class ReportWorkbook implements AutoCloseable {
  /** Rows of a streamed sheet kept in memory; earlier rows are flushed to disk. */
  static final int STREAM_WINDOW = 500;

  private final XSSFWorkbook xssf = new XSSFWorkbook();
  private final Styles styles = new Styles(xssf);
  private final String title;
  private final Map<String, SheetWriter> writers = new LinkedHashMap<>();
  private final List<String> streamedNames = new ArrayList<>();
  private SXSSFWorkbook streaming;

  public ReportWorkbook(String title) {
    this.title = title;
  }

  /** A new in-memory sheet (charts, small tables). */
  public SheetWriter sheet(String name) {
    requireNotStreaming(name);
    XSSFSheet s = xssf.createSheet(checkedName(name));
    SheetWriter w = new SheetWriter(s, s, styles, title);
    writers.put(name, w);
    return w;
  }

  /** Keeps a streamed sheet's place in the sheet order; fill it later with {@link #streamed}. */
  public void reserveStreamed(String name) {
    requireNotStreaming(name);
    xssf.createSheet(checkedName(name));
    streamedNames.add(name);
  }

  /**
   * The streamed sheet reserved as {@code name}. The first call ends the in-memory part: no
   * in-memory sheet can be added or written after it.
   */
  public SheetWriter streamed(String name) {
    if (!streamedNames.contains(name)) {
      throw new IllegalStateException("sheet '" + name + "' was not reserved for streaming");
    }
    if (streaming == null) {
      streaming = new SXSSFWorkbook(xssf, STREAM_WINDOW, true, true);
    }
    SXSSFSheet s = streaming.getSheet(name);
    SheetWriter w = new SheetWriter(s, xssf.getSheet(name), styles, title);
    writers.put(name, w);
    return w;
  }

  /**
   * Finishes every sheet and writes the workbook to {@code out} through a temporary file in the
   * same folder, moved into place atomically: a reader never sees half a workbook. {@code created}
   * comes from the data (e.g. the metrics' as-of moment), so the same inputs give the same
   * document properties.
   */
  public Path write(Path out, Instant created, String subject) {
    writers.values().forEach(SheetWriter::finish);
    POIXMLProperties.CoreProperties core = xssf.getProperties().getCoreProperties();
    core.setTitle(title);
    core.setSubjectProperty(subject);
    core.setCreator("Staffline");
    core.setCreated(Optional.of(Date.from(created)));
    core.setModified(Optional.of(Date.from(created)));
    xssf.setActiveSheet(0);
    xssf.setFirstVisibleTab(0);
    Path target = out.toAbsolutePath().normalize();
    Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
    try {
      Files.createDirectories(target.getParent());
      try (OutputStream os = Files.newOutputStream(partial)) {
        if (streaming != null) {
          streaming.write(os);
        } else {
          xssf.write(os);
        }
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // the original failure is the one to report
      }
      throw new UncheckedIOException("cannot write workbook " + target, e);
    }
  }

  @Override
  public void close() {
    try {
      if (streaming != null) {
        streaming.dispose();
        streaming.close();
      }
      xssf.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close workbook " + title, e);
    }
  }

  private void requireNotStreaming(String name) {
    if (streaming != null) {
      throw new IllegalStateException("sheet '" + name + "' must be created before the streamed sheets are written");
    }
  }

  private static String checkedName(String name) {
    WorkbookUtil.validateSheetName(name);
    return name;
  }
}
