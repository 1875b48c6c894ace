package io.staffline.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written workbook reopened with POI, with lookups by table name and column header. */
public final class WorkbookView implements AutoCloseable {
  public final XSSFWorkbook book;

  public WorkbookView(Path file) {
    try {
      book = new XSSFWorkbook(file.toFile());
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("cannot reopen " + file, e);
    }
  }

  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** The Excel table {@code name}, wherever it is. */
  public Table table(String name) {
    for (org.apache.poi.ss.usermodel.Sheet s : book) {
      for (XSSFTable t : ((XSSFSheet) s).getTables()) {
        if (t.getName().equals(name)) {
          return new Table((XSSFSheet) s, t);
        }
      }
    }
    throw new AssertionError("no table " + name);
  }

  /** A table's data rows, by header. */
  public static final class Table {
    public final XSSFSheet sheet;
    public final XSSFTable table;

    Table(XSSFSheet sheet, XSSFTable table) {
      this.sheet = sheet;
      this.table = table;
    }

    public int rows() {
      return table.getEndCellReference().getRow() - table.getStartCellReference().getRow();
    }

    public List<String> headers() {
      List<String> h = new ArrayList<>();
      Row header = sheet.getRow(table.getStartCellReference().getRow());
      for (int c = table.getStartCellReference().getCol(); c <= table.getEndCellReference().getCol(); c++) {
        h.add(header.getCell(c).getStringCellValue());
      }
      return h;
    }

    public int column(String header) {
      int i = headers().indexOf(header);
      if (i < 0) {
        throw new AssertionError("table " + table.getName() + " has no column " + header + "; it has " + headers());
      }
      return table.getStartCellReference().getCol() + i;
    }

    /** The cell of data row {@code row} (0-based) in column {@code header}. */
    public Cell cell(int row, String header) {
      Row r = sheet.getRow(table.getStartCellReference().getRow() + 1 + row);
      return r == null ? null : r.getCell(column(header));
    }

    public double number(int row, String header) {
      return cell(row, header).getNumericCellValue();
    }

    public String text(int row, String header) {
      Cell c = cell(row, header);
      return c == null || c.getCellType() == CellType.BLANK ? null : c.getStringCellValue();
    }

    /** The data row whose first column reads {@code key}. */
    public int rowOf(String key) {
      for (int i = 0; i < rows(); i++) {
        Row r = sheet.getRow(table.getStartCellReference().getRow() + 1 + i);
        Cell c = r.getCell(table.getStartCellReference().getCol());
        if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(key)) {
          return i;
        }
      }
      throw new AssertionError("table " + table.getName() + " has no row " + key);
    }

    /** The referenced area, e.g. A4:S16. */
    public String area() {
      return new CellReference(table.getStartCellReference().getRow(), table.getStartCellReference().getCol())
          .formatAsString() + ":" + table.getEndCellReference().formatAsString();
    }
  }

  /**
   * Every cell of every sheet as text — type, value and number format — in sheet, row, column
   * order: what a reader sees, without the zip's bytes.
   */
  public List<String> contents() {
    List<String> out = new ArrayList<>();
    for (org.apache.poi.ss.usermodel.Sheet s : book) {
      for (Row r : s) {
        for (Cell c : r) {
          String value = switch (c.getCellType()) {
            case NUMERIC -> Double.toString(c.getNumericCellValue());
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            case FORMULA -> "=" + c.getCellFormula();
            default -> "";
          };
          out.add(s.getSheetName() + "!" + new CellReference(c).formatAsString() + " " + c.getCellType() + " "
              + c.getCellStyle().getDataFormatString() + " " + value);
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    try {
      book.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
