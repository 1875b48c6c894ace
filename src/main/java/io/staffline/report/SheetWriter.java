package io.staffline.report;

import io.staffline.report.Styles.Role;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * Writes one sheet top to bottom: a title, sections, notes and tables; then the craft every sheet
 * gets — column widths from the content, landscape print fitted to the page width with the header
 * row repeated, a footer with the sheet name and page numbers. Works the same on an in-memory sheet
 * and on a streamed one (rows are only ever added downwards).
 */
public final class SheetWriter {
  static final float HEADER_ROW_POINTS = 27f;
  static final float LINE_POINTS = 12.75f;

  private final Sheet sheet;
  private final XSSFSheet xssf;
  private final Styles styles;
  private final String reportTitle;
  private final TreeMap<Integer, Integer> widths = new TreeMap<>();
  private int nextRow;
  private Integer repeatRow;

  SheetWriter(Sheet sheet, XSSFSheet xssf, Styles styles, String reportTitle) {
    this.sheet = sheet;
    this.xssf = xssf;
    this.styles = styles;
    this.reportTitle = reportTitle;
  }

  public String name() {
    return sheet.getSheetName();
  }

  /** The in-memory sheet behind this one: charts, tables and conditional formats go here. */
  public XSSFSheet xssf() {
    return xssf;
  }

  Styles styles() {
    return styles;
  }

  /** The row the next {@link #row()} writes (0-based). */
  public int nextRow() {
    return nextRow;
  }

  /** Moves the writing position down to {@code row} (leaving the rows between empty). */
  public SheetWriter skipTo(int row) {
    nextRow = Math.max(nextRow, row);
    return this;
  }

  /** The sheet's title and a line under it saying what it shows; one empty row follows. */
  public SheetWriter title(String title, String subtitle) {
    rowAt(nextRow, 0, Role.TITLE).text(title);
    sheet.getRow(nextRow - 1).setHeightInPoints(24f);
    if (subtitle != null) {
      rowAt(nextRow, 0, Role.SUBTITLE).text(subtitle);
    }
    nextRow++;
    return this;
  }

  /** A section heading. */
  public SheetWriter section(String text) {
    rowAt(nextRow, 0, Role.SECTION).text(text);
    sheet.getRow(nextRow - 1).setHeightInPoints(18f);
    return this;
  }

  /** A line of explanation; it may run across the empty cells to its right. */
  public SheetWriter note(String text) {
    rowAt(nextRow, 0, Role.NOTE).text(text);
    return this;
  }

  public SheetWriter blankRow() {
    nextRow++;
    return this;
  }

  /** A new body row at the writing position. */
  public RowCursor row() {
    return rowAt(nextRow, 0, Role.BODY);
  }

  /** A table whose header is at the writing position. */
  public TableWriter table(String name, List<Column> columns) {
    return table(name, columns, nextRow, 0);
  }

  /** A table with its header at {@code headerRow}, starting at {@code firstColumn}. */
  public TableWriter table(String name, List<Column> columns, int headerRow, int firstColumn) {
    return new TableWriter(this, name, columns, headerRow, firstColumn);
  }

  /** A cursor at row {@code row}, column {@code column}, writing cells in {@code role}. */
  public RowCursor at(int row, int column, Role role) {
    return rowAt(row, column, role);
  }

  /** Merges a block of cells (tiles, matrix labels); only on in-memory sheets. */
  public SheetWriter merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    return this;
  }

  public SheetWriter rowHeight(int row, float points) {
    Row r = sheet.getRow(row);
    (r == null ? sheet.createRow(row) : r).setHeightInPoints(points);
    return this;
  }

  /** Makes room for {@code lines} lines of wrapped text in {@code row}. */
  public SheetWriter wrapRow(int row, int lines) {
    return rowHeight(row, Math.max(1, lines) * LINE_POINTS + 3f);
  }

  /** Keeps the rows above {@code rows} and the columns left of {@code columns} in view. */
  public SheetWriter freeze(int rows, int columns) {
    sheet.createFreezePane(columns, rows);
    return this;
  }

  /** Prints {@code row} at the top of every page. */
  public SheetWriter repeatOnEveryPage(int row) {
    this.repeatRow = row;
    return this;
  }

  /** A three-colour heat map (low white, middle light orange, high red) over {@code range}. */
  public SheetWriter heatMap(CellRangeAddress range) {
    XSSFSheetConditionalFormatting cf = xssf.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.getThresholds()[0].setRangeType(RangeType.MIN);
    scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
    scale.getThresholds()[1].setValue(50d);
    scale.getThresholds()[2].setRangeType(RangeType.MAX);
    scale.setColors(new XSSFColor[] {
        new XSSFColor(Styles.rgb(0xFF, 0xFF, 0xFF), null),
        new XSSFColor(Styles.rgb(0xFC, 0xCB, 0x8F), null),
        new XSSFColor(Styles.rgb(0xE0, 0x5A, 0x47), null)});
    cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    return this;
  }

  /** Sets a column's width directly (wide text columns such as definitions). */
  public SheetWriter width(int column, int chars) {
    widths.put(column, -chars);
    return this;
  }

  /** Column widths, print set-up, header and footer. Call once, after the last row. */
  void finish() {
    widths.forEach((column, chars) -> sheet.setColumnWidth(column, chars < 0
        ? (-chars + 2) * 256 : Widths.excelWidth(chars)));
    sheet.setFitToPage(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.6);
    sheet.setHorizontallyCenter(false);
    sheet.getHeader().setLeft(reportTitle);
    sheet.getFooter().setLeft("&A");
    sheet.getFooter().setRight("Page &P of &N");
    if (repeatRow != null) {
      sheet.setRepeatingRows(new CellRangeAddress(repeatRow, repeatRow, -1, -1));
    }
  }

  /** A cursor on row {@code r} from column {@code firstColumn}, creating the row if needed. */
  RowCursor rowAt(int r, int firstColumn, Role role) {
    Row row = sheet.getRow(r);
    if (row == null) {
      row = sheet.createRow(r);
    }
    nextRow = Math.max(nextRow, r + 1);
    return new RowCursor(this, row, firstColumn, role);
  }

  /** Titles, sections and notes run over the empty cells to their right, so they are not measured. */
  void measure(int column, int chars) {
    widths.merge(column, chars, (a, b) -> a < 0 ? a : Math.max(a, b));
  }

  /** Headers wrap onto two lines, so they claim about half their length (at least their longest word). */
  void measureHeader(int column, String header) {
    int longestWord = 0;
    for (String w : header.split(" ")) {
      longestWord = Math.max(longestWord, w.length());
    }
    measure(column, Math.max(longestWord, (header.length() + 1) / 2));
  }

  void tallHeader(int row) {
    sheet.getRow(row).setHeightInPoints(HEADER_ROW_POINTS);
  }
}
