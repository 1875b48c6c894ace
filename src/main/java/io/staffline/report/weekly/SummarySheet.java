package io.staffline.report.weekly;

import io.staffline.report.CellFormat;
import io.staffline.report.Charts;
import io.staffline.report.Charts.Kind;
import io.staffline.report.IsoWeek;
import io.staffline.report.RowCursor;
import io.staffline.report.SheetWriter;
import io.staffline.report.Styles.Role;
import io.staffline.report.Styles.Tone;
import io.staffline.report.TableWriter;
import io.staffline.report.UtcText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Summary sheet: one tile per headline figure (value, change against the previous week, a
 * 12-week sparkline, what it stands on), then the native charts drawn from the Trends sheet.
 */
final class SummarySheet {
  private SummarySheet() {}

  static final int TILES_PER_ROW = 4;
  /** A tile is two columns wide with a narrow gap column after it. */
  static final int TILE_COLUMNS = 3;
  /** Label, value, change, trend, gap. */
  static final int TILE_ROWS = 5;
  static final int FIRST_TILE_ROW = 3;
  static final int CHART_ROWS = 18;
  static final int CHART_COLUMNS = 6;
  static final String BARS = "▁▂▃▄▅▆▇█";
  /** A figure without a denominator this week. */
  static final String NO_VALUE = "—";

  static void write(SheetWriter sheet, IsoWeek week, Map<IsoWeek, WeekFigures> trend, Instant asOf,
      TrendSheet.Layout layout, org.apache.poi.xssf.usermodel.XSSFSheet trendSheet) {
    sheet.title("Weekly support pack — " + week, week.days() + " (Monday to Sunday, UTC) · all teams, channels "
        + "and priorities · metrics as of " + UtcText.of(asOf));
    WeekFigures now = trend.get(week);
    WeekFigures before = trend.get(week.minusWeeks(1));
    Kpi[] kpis = Kpi.values();
    for (int i = 0; i < kpis.length; i++) {
      int top = FIRST_TILE_ROW + (i / TILES_PER_ROW) * TILE_ROWS;
      int left = (i % TILES_PER_ROW) * TILE_COLUMNS;
      tile(sheet, top, left, kpis[i], now, before, trend);
    }
    for (int c = 0; c < TILES_PER_ROW * TILE_COLUMNS; c++) {
      sheet.width(c, c % TILE_COLUMNS == 2 ? 1 : 15);
    }
    int chartsTop = FIRST_TILE_ROW + ((kpis.length + TILES_PER_ROW - 1) / TILES_PER_ROW) * TILE_ROWS;
    List<Charts.Spec> charts = charts(layout, trendSheet);
    for (int k = 0; k < charts.size(); k++) {
      int top = chartsTop + (k / 2) * (CHART_ROWS + 1);
      int left = (k % 2) * CHART_COLUMNS;
      Charts.draw(sheet.xssf(), left, top, left + CHART_COLUMNS - 1, top + CHART_ROWS, charts.get(k));
    }
  }

  private static void tile(SheetWriter sheet, int top, int left, Kpi kpi, WeekFigures now, WeekFigures before,
      Map<IsoWeek, WeekFigures> trend) {
    sheet.at(top, left, Role.TILE_LABEL).text(kpi.label().toUpperCase(Locale.ROOT)).blank();
    sheet.merge(top, top, left, left + 1);
    RowCursor value = sheet.at(top + 1, left, Role.TILE_VALUE);
    if (now.value(kpi) == null) {
      value.text(NO_VALUE).blank();
    } else {
      TrendSheet.value(value, kpi, now.value(kpi)).blank();
    }
    sheet.merge(top + 1, top + 1, left, left + 1).rowHeight(top + 1, 26f);
    Double change = change(kpi, now.value(kpi), before == null ? null : before.value(kpi));
    sheet.at(top + 2, left, Role.TILE_CHANGE)
        .number(change, changeFormat(kpi), tone(kpi, change))
        .text(before == null ? "no previous week" : "vs " + before.week());
    sheet.at(top + 3, left, Role.TILE_CHANGE).text(sparkline(kpi, trend)).text(basis(kpi, now));
  }

  /** This week − the previous week, in the change format's unit (points for shares). */
  static Double change(Kpi kpi, Double now, Double before) {
    if (now == null || before == null) {
      return null;
    }
    return kpi.format() == CellFormat.PERCENT ? (now - before) * 100 : now - before;
  }

  static CellFormat changeFormat(Kpi kpi) {
    return switch (kpi.format()) {
      case PERCENT -> CellFormat.CHANGE_POINTS;
      case DURATION, DURATION_PRECISE -> CellFormat.CHANGE_MINUTES;
      default -> CellFormat.CHANGE_COUNT;
    };
  }

  /** Green when the figure moved the good way, red when the bad way. */
  static Tone tone(Kpi kpi, Double change) {
    if (change == null || change == 0 || kpi.direction() == Kpi.Direction.NEUTRAL) {
      return Tone.PLAIN;
    }
    boolean up = change > 0;
    return up == (kpi.direction() == Kpi.Direction.UP) ? Tone.GOOD : Tone.BAD;
  }

  /** The weeks' values as block characters from lowest to highest (a blank for a week without one). */
  static String sparkline(Kpi kpi, Map<IsoWeek, WeekFigures> trend) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (WeekFigures f : trend.values()) {
      Double v = f.value(kpi);
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    StringBuilder s = new StringBuilder();
    for (WeekFigures f : trend.values()) {
      Double v = f.value(kpi);
      if (v == null) {
        s.append(' ');
      } else {
        int level = max == min ? BARS.length() / 2 : (int) Math.round((v - min) / (max - min) * (BARS.length() - 1));
        s.append(BARS.charAt(level));
      }
    }
    return s.toString();
  }

  private static String basis(Kpi kpi, WeekFigures f) {
    Long n = f.basisOf(kpi);
    if (kpi == Kpi.CSAT && f.csatWilsonLow() != null) {
      return String.format(Locale.ROOT, "95%% CI %.1f–%.1f%% · n = %,d", 100 * f.csatWilsonLow(),
          100 * f.csatWilsonHigh(), n);
    }
    if (kpi == Kpi.FIRST_LINE_RESOLUTION && (n == null || n == 0)) {
      return "decided 7 days after the solve";
    }
    return switch (kpi) {
      case CREATED, SOLVED, BACKLOG_END -> "12-week trend";
      default -> String.format(Locale.ROOT, "n = %,d", n == null ? 0 : n);
    };
  }

  static List<Charts.Spec> charts(TrendSheet.Layout layout, org.apache.poi.xssf.usermodel.XSSFSheet data) {
    TableWriter t = layout.table();
    List<Charts.Spec> specs = new ArrayList<>();
    specs.add(spec(Kind.COLUMNS, "Tickets created and solved", "tickets", CellFormat.COUNT, t, data, null,
        Kpi.CREATED, Kpi.SOLVED));
    specs.add(spec(Kind.LINE, "First reply time", "hours:minutes", CellFormat.DURATION, t, data, null,
        Kpi.FIRST_REPLY_P50, Kpi.FIRST_REPLY_P90));
    specs.add(spec(Kind.LINE, "Resolution time", "hours:minutes", CellFormat.DURATION, t, data, null,
        Kpi.RESOLUTION_P50, Kpi.RESOLUTION_P90));
    specs.add(spec(Kind.LINE, "SLA attainment", "share of targets met", CellFormat.PERCENT, t, data, 1.0,
        Kpi.SLA_FIRST_REPLY, Kpi.SLA_RESOLUTION));
    specs.add(spec(Kind.LINE, "Escalation rates", "share of tickets escalated", CellFormat.PERCENT, t, data, null,
        Kpi.ESCALATION_1_2, Kpi.ESCALATION_2_3));
    List<Charts.Series> csat = List.of(series(t, TrendSheet.Layout.columnOf(Kpi.CSAT), Kpi.CSAT.header()),
        new Charts.Series(t.headerCell(TrendSheet.Layout.csatLowColumn()), TrendSheet.CSAT_LOW,
            t.dataRange(TrendSheet.Layout.csatLowColumn()), true),
        new Charts.Series(t.headerCell(TrendSheet.Layout.csatHighColumn()), TrendSheet.CSAT_HIGH,
            t.dataRange(TrendSheet.Layout.csatHighColumn()), true));
    specs.add(new Charts.Spec(Kind.LINE, "CSAT with its 95% interval", "ISO week", "share of ratings good",
        CellFormat.PERCENT, data, t.dataRange(0), csat, null, null));
    return specs;
  }

  private static Charts.Spec spec(Kind kind, String title, String valueAxis, CellFormat format, TableWriter t,
      org.apache.poi.xssf.usermodel.XSSFSheet data, Double max, Kpi... kpis) {
    List<Charts.Series> series = new ArrayList<>();
    for (Kpi k : kpis) {
      series.add(series(t, TrendSheet.Layout.columnOf(k), k.header()));
    }
    return new Charts.Spec(kind, title, "ISO week", valueAxis, format, data, t.dataRange(0), series, null, max);
  }

  private static Charts.Series series(TableWriter t, int column, String title) {
    return new Charts.Series(t.headerCell(column), title, t.dataRange(column));
  }
}
