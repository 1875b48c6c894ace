package io.staffline.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

  private static String field(String value) {
    StringBuilder sb = new StringBuilder();
    CsvWriter.appendField(sb, value);
    return sb.toString();
  }

  @Test
  void plainFieldIsWrittenAsIs() {
    assertEquals("Need a copy of my invoice", field("Need a copy of my invoice"));
  }

  @Test
  void fieldWithCommaIsQuoted() {
    assertEquals("\"Calendar sync stopped, since Monday\"",
        field("Calendar sync stopped, since Monday"));
  }

  @Test
  void quotesAreDoubledInsideQuotes() {
    assertEquals("\"Error \"\"403\"\" after login\"", field("Error \"403\" after login"));
  }

  @Test
  void lineBreaksBecomeSpacesSoARecordIsOneLine() {
    assertEquals("first line second third", field("first line\r\nsecond\rthird"));
    assertEquals("\"a, b c\"", field("a, b\nc"));
  }

  @Test
  void nullAndEmptyAreEmpty() {
    assertEquals("", field(null));
    assertEquals("", field(""));
  }

  @Test
  void writesHeaderThenRowsWithNullsEmpty(@TempDir Path dir) throws IOException {
    try (CsvWriter w = CsvWriter.create(dir, ExportFile.AGENT_LEVELS)) {
      w.row(Arrays.asList("agt-0001", "2026-09-01", "junior", "1", null));
      assertEquals(1, w.rows());
    }
    assertEquals(
        List.of("agent_id,effective_from,level,tier,team", "agt-0001,2026-09-01,junior,1,"),
        SampleFiles.lines(dir.resolve("agent_levels.csv")));
  }
}
