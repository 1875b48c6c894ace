package io.staffline.report;

import io.staffline.report.Styles.Role;
import io.staffline.report.Styles.Tone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes one row left to right. A missing value (null, NaN) is an empty cell, never 0: a rate
 * with no denominator has no value (docs/metrics.md), and charts leave a gap for it.
 */
public final class RowCursor {
  /** Minutes in a day: durations are stored as fractions of a day. */
  public static final double MINUTES_PER_DAY = 1440;
  public static final double SECONDS_PER_DAY = 86_400;

  private final SheetWriter sheet;
  private final Row row;
  private int column;
  private Role role;

  RowCursor(SheetWriter sheet, Row row, int firstColumn, Role role) {
    this.sheet = sheet;
    this.row = row;
    this.column = firstColumn;
    this.role = role;
  }

  /** The 0-based index of the row. */
  public int rowIndex() {
    return row.getRowNum();
  }

  /** The column the next value goes to. */
  public int column() {
    return column;
  }

  /** Writes the following cells in {@code role} (e.g. a total line). */
  public RowCursor as(Role newRole) {
    this.role = newRole;
    return this;
  }

  /** A text cell: always a string, never a formula (see {@link FormulaGuard}). */
  public RowCursor text(String value) {
    Cell c = next();
    // Tablesaw reads a missing string as "": leave the cell empty rather than write an empty text.
    if (value != null && !value.isEmpty()) {
      c.setCellValue(value);
      if (role == Role.BODY || role == Role.TOTAL) {
        sheet.measure(c.getColumnIndex(), value.length());
      }
    }
    c.setCellStyle(sheet.styles().of(role, CellFormat.TEXT, Tone.PLAIN, FormulaGuard.looksLikeFormula(value)));
    return this;
  }

  public RowCursor number(Number value, CellFormat format) {
    return number(value, format, Tone.PLAIN);
  }

  /** A numeric cell in {@code format}, coloured by {@code tone} where the role has colours. */
  public RowCursor number(Number value, CellFormat format, Tone tone) {
    Cell c = next();
    c.setCellStyle(sheet.styles().of(role, format, tone, false));
    if (value != null && !Double.isNaN(value.doubleValue())) {
      c.setCellValue(value.doubleValue());
      if (role == Role.BODY || role == Role.TOTAL) {
        sheet.measure(c.getColumnIndex(), Widths.displayLength(value.doubleValue(), format));
      }
    }
    return this;
  }

  public RowCursor count(Number value) {
    return number(value, CellFormat.COUNT);
  }

  /** A share 0–1 shown as a percentage. */
  public RowCursor share(Number value) {
    return number(value, CellFormat.PERCENT);
  }

  /** A duration given in minutes, stored as a fraction of a day and shown as [h]:mm. */
  public RowCursor minutes(Number minutes) {
    return minutes(minutes, CellFormat.DURATION);
  }

  /** A duration given in minutes, in one of the duration formats. */
  public RowCursor minutes(Number minutes, CellFormat durationFormat) {
    return number(minutes == null ? null : minutes.doubleValue() / MINUTES_PER_DAY, durationFormat);
  }

  /** A short duration given in seconds, shown as [m]:ss. */
  public RowCursor seconds(Number seconds) {
    return number(seconds == null ? null : seconds.doubleValue() / SECONDS_PER_DAY, CellFormat.DURATION_SECONDS);
  }

  public RowCursor date(LocalDate day) {
    Cell c = next();
    c.setCellStyle(sheet.styles().of(role, CellFormat.DATE));
    if (day != null) {
      c.setCellValue(day);
      sheet.measure(c.getColumnIndex(), 10);
    }
    return this;
  }

  /** An instant, shown in UTC (every time in the tables is UTC). */
  public RowCursor instant(Instant at) {
    Cell c = next();
    c.setCellStyle(sheet.styles().of(role, CellFormat.DATE_TIME));
    if (at != null) {
      c.setCellValue(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      sheet.measure(c.getColumnIndex(), 16);
    }
    return this;
  }

  /** A column header: our own text, aligned like the column's values. */
  RowCursor heading(Column c) {
    Cell cell = next();
    cell.setCellValue(c.header());
    cell.setCellStyle(sheet.styles().of(Role.HEADER, c.format()));
    return this;
  }

  /** Leaves one cell empty (styled like its neighbours). */
  public RowCursor blank() {
    next().setCellStyle(sheet.styles().of(role, CellFormat.TEXT));
    return this;
  }

  private Cell next() {
    return row.createCell(column++);
  }
}
