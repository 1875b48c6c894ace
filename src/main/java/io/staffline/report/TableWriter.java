package io.staffline.report;

import io.staffline.report.Styles.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A header row and the rows below it, registered as an Excel table (filter buttons, banded rows,
 * a name usable in formulas) when it has at least one row; with none it says so in place.
 */
public final class TableWriter {
  /** Excel's built-in light style: banding in Excel; our own header and rule styles show everywhere. */
  static final String TABLE_STYLE = "TableStyleLight1";

  private final SheetWriter sheet;
  private final String name;
  private final List<Column> columns;
  private final int headerRow;
  private final int firstColumn;
  private int rows;

  TableWriter(SheetWriter sheet, String name, List<Column> columns, int headerRow, int firstColumn) {
    Set<String> seen = new HashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.header())) {
        throw new IllegalArgumentException("table " + name + " has two columns named '" + c.header() + "'");
      }
    }
    this.sheet = sheet;
    this.name = name;
    this.columns = List.copyOf(columns);
    this.headerRow = headerRow;
    this.firstColumn = firstColumn;
    RowCursor header = sheet.rowAt(headerRow, firstColumn, Role.HEADER);
    for (Column c : columns) {
      sheet.measureHeader(header.column(), c.header());
      header.heading(c);
    }
    sheet.tallHeader(headerRow);
  }

  /** The next row of the table. */
  public RowCursor add() {
    return sheet.rowAt(headerRow + 1 + rows++, firstColumn, Role.BODY);
  }

  public int headerRow() {
    return headerRow;
  }

  public int rows() {
    return rows;
  }

  /** The row below the table (its last row + 1, or the row below the header when empty). */
  public int nextFreeRow() {
    return headerRow + 1 + Math.max(rows, 1);
  }

  /** The data cells of column {@code index} (0 = the table's first column). */
  public CellRangeAddress dataRange(int index) {
    int c = firstColumn + index;
    return new CellRangeAddress(headerRow + 1, headerRow + Math.max(rows, 1), c, c);
  }

  /** The header cell of column {@code index}, as an absolute reference on this sheet. */
  public CellReference headerCell(int index) {
    return new CellReference(sheet.name(), headerRow, firstColumn + index, true, true);
  }

  /** Registers the table (or notes that there are no rows). Returns the row below it. */
  public int end(String whenEmpty) {
    if (rows == 0) {
      sheet.rowAt(headerRow + 1, firstColumn, Role.NOTE).text(whenEmpty);
      return nextFreeRow();
    }
    AreaReference area = new AreaReference(new CellReference(headerRow, firstColumn),
        new CellReference(headerRow + rows, firstColumn + columns.size() - 1), SpreadsheetVersion.EXCEL2007);
    XSSFTable table = sheet.xssf().createTable(area);
    table.setName(name);
    table.setDisplayName(name);
    CTTable ct = table.getCTTable();
    // Names set here, not read back from the header cells: a streamed sheet's cells are not in memory.
    CTTableColumn[] cts = ct.getTableColumns().getTableColumnArray();
    for (int i = 0; i < cts.length; i++) {
      cts[i].setName(columns.get(i).header());
    }
    if (!ct.isSetAutoFilter()) {
      ct.addNewAutoFilter();
    }
    ct.getAutoFilter().setRef(area.formatAsString());
    CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
    style.setName(TABLE_STYLE);
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
    return nextFreeRow();
  }
}
