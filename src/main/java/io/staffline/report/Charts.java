package io.staffline.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML through POI's XDDF): the series reference ranges of the workbook,
 * so the chart is the table drawn, and it stays live if a reader edits a cell. Colours are explicit
 * RGB (LibreOffice does not resolve theme colours in charts), titles are never overlaid on the plot.
 * A chart needs its data on an in-memory sheet: POI fills the chart's value cache from the cells.
 */
public final class Charts {
  private Charts() {}

  /** How the series are drawn. */
  public enum Kind {
    LINE, COLUMNS
  }

  /** Series with more points than this are drawn without markers. */
  static final int MAX_MARKED_POINTS = 24;

  /** The palette, in series order. */
  static final List<byte[]> PALETTE = List.of(
      Styles.rgb(0x1F, 0x4E, 0x9A), Styles.rgb(0xE6, 0x7E, 0x22), Styles.rgb(0x2A, 0x9D, 0x8F),
      Styles.rgb(0x8E, 0x44, 0xAD), Styles.rgb(0x7F, 0x7F, 0x7F));

  /** One series: its name (a header cell, so the legend follows the sheet) and its values. */
  public record Series(CellReference title, String titleText, CellRangeAddress values, boolean dashed) {
    public Series(CellReference title, String titleText, CellRangeAddress values) {
      this(title, titleText, values, false);
    }
  }

  /**
   * What to draw.
   *
   * @param categories the x values (week labels, interval starts) on {@code dataSheet}
   * @param valueFormat number format of the value axis (e.g. [h]:mm for durations)
   * @param valueMin fixed lower end of the value axis, or null for automatic
   * @param valueMax fixed upper end, or null
   */
  public record Spec(Kind kind, String title, String categoryAxisTitle, String valueAxisTitle,
      CellFormat valueFormat, XSSFSheet dataSheet, CellRangeAddress categories, List<Series> series,
      Double valueMin, Double valueMax) {}

  /** Draws {@code spec} on {@code sheet} over the cells from (col1, row1) to (col2, row2). */
  public static XSSFChart draw(XSSFSheet sheet, int col1, int row1, int col2, int row2, Spec spec) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(spec.title());
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setTitle(spec.categoryAxisTitle());
    x.setTickLabelPosition(AxisTickLabelPosition.LOW);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(spec.valueAxisTitle());
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setNumberFormat(spec.valueFormat().pattern());
    y.getOrAddMajorGridProperties().setLineProperties(gridline());
    if (spec.valueMin() != null) {
      y.setMinimum(spec.valueMin());
    }
    if (spec.valueMax() != null) {
      y.setMaximum(spec.valueMax());
    }

    XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(spec.dataSheet(), spec.categories());
    XDDFChartData data;
    if (spec.kind() == Kind.COLUMNS) {
      y.setCrossBetween(AxisCrossBetween.BETWEEN);
      XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
      bars.setBarDirection(BarDirection.COL);
      bars.setBarGrouping(BarGrouping.CLUSTERED);
      bars.setGapWidth(60);
      data = bars;
    } else {
      y.setCrossBetween(AxisCrossBetween.BETWEEN);
      data = chart.createData(ChartTypes.LINE, x, y);
    }
    data.setVaryColors(false);
    for (int i = 0; i < spec.series().size(); i++) {
      Series s = spec.series().get(i);
      XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(spec.dataSheet(), s.values());
      XDDFChartData.Series series = data.addSeries(categories, values);
      series.setTitle(s.titleText(), s.title());
      byte[] colour = PALETTE.get(i % PALETTE.size());
      if (series instanceof XDDFLineChartData.Series line) {
        line.setSmooth(false);
        // Markers help a 12-week trend; on a week of half-hours they would only blot the line.
        line.setMarkerStyle(points(spec) <= MAX_MARKED_POINTS ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
        line.setShapeProperties(lineProperties(colour, s.dashed()));
        if (s.dashed()) {
          line.setMarkerStyle(MarkerStyle.NONE);
        }
      } else {
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        series.setShapeProperties(fill);
      }
    }
    chart.plot(data);
    return chart;
  }

  private static int points(Spec spec) {
    return spec.categories().getLastRow() - spec.categories().getFirstRow() + 1;
  }

  private static XDDFShapeProperties lineProperties(byte[] colour, boolean dashed) {
    XDDFLineProperties line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
    line.setWidth(dashed ? 1.25 : 2.0);
    if (dashed) {
      line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
    }
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setLineProperties(line);
    return shape;
  }

  private static XDDFLineProperties gridline() {
    XDDFLineProperties line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Styles.rgb(0xD9, 0xD9, 0xD9))));
    line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.SOLID));
    line.setWidth(0.5);
    return line;
  }
}
