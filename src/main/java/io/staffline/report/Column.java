package io.staffline.report;

/** A column of a table on a sheet: its header text and how its values read. */
public record Column(String header, CellFormat format) {
  public Column {
    if (header == null || header.isBlank()) {
      throw new IllegalArgumentException("a table column needs a header");
    }
  }

  public static Column text(String header) {
    return new Column(header, CellFormat.TEXT);
  }

  public static Column of(String header, CellFormat format) {
    return new Column(header, format);
  }
}
