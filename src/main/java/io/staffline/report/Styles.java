package io.staffline.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles, made once per kind (a workbook holds at most 64,000 styles, and one
 * style per cell would also bloat the file). One font family and one palette for every report.
 */
public final class Styles {
  /** What a cell is on the page. */
  public enum Role {
    TITLE, SUBTITLE, NOTE, SECTION, HEADER, BODY, WRAPPED, TOTAL, TILE_LABEL, TILE_VALUE, TILE_CHANGE
  }

  /** Colour of a change: better, worse, or neither. */
  public enum Tone {
    PLAIN, GOOD, BAD
  }

  static final String FONT = "Arial";
  static final byte[] NAVY = rgb(0x1F, 0x38, 0x64);
  static final byte[] GREY = rgb(0x59, 0x59, 0x59);
  static final byte[] RULE = rgb(0xBF, 0xBF, 0xBF);
  static final byte[] TILE = rgb(0xF2, 0xF5, 0xFA);
  static final byte[] GREEN = rgb(0x2E, 0x7D, 0x32);
  static final byte[] RED = rgb(0xC6, 0x28, 0x28);

  private record Key(Role role, CellFormat format, Tone tone, boolean quotePrefixed) {}

  private final XSSFWorkbook workbook;
  private final Map<Key, XSSFCellStyle> styles = new HashMap<>();
  private final Map<String, XSSFFont> fonts = new HashMap<>();

  Styles(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  /** The style of a cell in {@code role} showing {@code format}. */
  public XSSFCellStyle of(Role role, CellFormat format) {
    return of(role, format, Tone.PLAIN, false);
  }

  /**
   * The style for text from data that a consumer could read as a formula: marked quote-prefixed
   * (Excel's leading apostrophe), so editing the cell keeps it text. See {@link FormulaGuard}.
   */
  XSSFCellStyle of(Role role, CellFormat format, Tone tone, boolean quotePrefixed) {
    return styles.computeIfAbsent(new Key(role, format, tone, quotePrefixed), this::create);
  }

  private XSSFCellStyle create(Key key) {
    XSSFCellStyle s = workbook.createCellStyle();
    s.setDataFormat(workbook.createDataFormat().getFormat(key.format().pattern()));
    s.setQuotePrefixed(key.quotePrefixed());
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    switch (key.role()) {
      case TITLE -> s.setFont(font(16, true, false, NAVY));
      case SUBTITLE -> s.setFont(font(10, false, false, GREY));
      case NOTE -> {
        s.setFont(font(9, false, true, GREY));
        s.setVerticalAlignment(VerticalAlignment.TOP);
      }
      case SECTION -> {
        s.setFont(font(12, true, false, NAVY));
        s.setBorderBottom(BorderStyle.THIN);
        s.setBottomBorderColor(new XSSFColor(NAVY, null));
      }
      case HEADER -> {
        s.setFont(font(10, true, false, rgb(0xFF, 0xFF, 0xFF)));
        fill(s, NAVY);
        s.setWrapText(true);
        s.setAlignment(key.format() == CellFormat.TEXT ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
      }
      case BODY -> {
        s.setFont(font(10, false, false, null));
        s.setBorderBottom(BorderStyle.HAIR);
        s.setBottomBorderColor(new XSSFColor(RULE, null));
      }
      case WRAPPED -> {
        s.setFont(font(10, false, false, null));
        s.setBorderBottom(BorderStyle.HAIR);
        s.setBottomBorderColor(new XSSFColor(RULE, null));
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
      }
      case TOTAL -> {
        s.setFont(font(10, true, false, null));
        s.setBorderTop(BorderStyle.THIN);
      }
      case TILE_LABEL -> {
        s.setFont(font(9, true, false, GREY));
        fill(s, TILE);
      }
      case TILE_VALUE -> {
        s.setFont(font(18, true, false, NAVY));
        fill(s, TILE);
        s.setAlignment(HorizontalAlignment.LEFT);
      }
      case TILE_CHANGE -> {
        s.setFont(font(9, true, false, switch (key.tone()) {
          case GOOD -> GREEN;
          case BAD -> RED;
          case PLAIN -> GREY;
        }));
        fill(s, TILE);
        s.setAlignment(HorizontalAlignment.LEFT);
      }
    }
    return s;
  }

  private static void fill(XSSFCellStyle s, byte[] colour) {
    s.setFillForegroundColor(new XSSFColor(colour, null));
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  private XSSFFont font(int points, boolean bold, boolean italic, byte[] colour) {
    String key = points + "/" + bold + "/" + italic + "/" + (colour == null ? "auto" : java.util.HexFormat.of().formatHex(colour));
    return fonts.computeIfAbsent(key, k -> {
      XSSFFont f = workbook.createFont();
      f.setFontName(FONT);
      f.setFontHeightInPoints((short) points);
      f.setBold(bold);
      f.setItalic(italic);
      if (colour != null) {
        f.setColor(new XSSFColor(colour, null));
      }
      return f;
    });
  }

  static byte[] rgb(int r, int g, int b) {
    return new byte[] {(byte) r, (byte) g, (byte) b};
  }
}
