package io.staffline.report.planning;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import io.staffline.report.planning.Columns.RotaFairness;
import io.staffline.report.planning.Columns.RotaRotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import tech.tablesaw.api.Table;

/**
 * The cyclic rotation: one row per line, slot and week of the cycle with the shift of each day
 * (rota_rotation), and the slot's nights and weekend days over the cycle (rota_fairness). Days off
 * are greyed so the pattern shows.
 */
final class RotationSheet {
  private RotationSheet() {}

  static final String OFF = "off";

  static void write(SheetWriter sheet, Optional<Table> rotation, Optional<Table> fairness) {
    sheet.title("Rotation", "Agents in slot s work week 1 of the cycle, then week 2 ... and start over; each slot "
        + "takes every row in turn, so nights and weekends are shared (rota_rotation, rota_fairness).");
    if (rotation.isEmpty()) {
      sheet.note("No rota_rotation table (--rota): run the rota stage first.");
      return;
    }
    Table t = rotation.get();
    record Key(int tier, int slot, int week) implements Comparable<Key> {
      @Override
      public int compareTo(Key o) {
        int c = Integer.compare(tier, o.tier);
        c = c != 0 ? c : Integer.compare(slot, o.slot);
        return c != 0 ? c : Integer.compare(week, o.week);
      }
    }
    Map<Key, String[]> shifts = new TreeMap<>();
    List<String> days = Arrays.asList(RotaRotation.DAYS);
    for (int r = 0; r < t.rowCount(); r++) {
      Key k = new Key(t.intColumn(RotaRotation.TIER).getInt(r), t.intColumn(RotaRotation.SLOT).getInt(r),
          t.intColumn(RotaRotation.WEEK).getInt(r));
      int d = days.indexOf(t.stringColumn(RotaRotation.DAY).get(r));
      if (d < 0) {
        throw new IllegalArgumentException("rota_rotation row " + r + ": day '" + t.stringColumn(RotaRotation.DAY).get(r)
            + "' is not one of " + days);
      }
      shifts.computeIfAbsent(k, x -> new String[days.size()])[d] = t.stringColumn(RotaRotation.SHIFT).get(r);
    }
    Map<String, Integer> fair = new HashMap<>();
    fairness.ifPresent(f -> {
      for (int r = 0; r < f.rowCount(); r++) {
        fair.put(f.intColumn(RotaFairness.TIER).getInt(r) + "/" + f.intColumn(RotaFairness.SLOT).getInt(r), r);
      }
    });
    List<Column> columns = new ArrayList<>(List.of(Column.of("Line", CellFormat.COUNT), Column.of("Slot", CellFormat.COUNT),
        Column.of("Week", CellFormat.COUNT)));
    for (String d : RotaRotation.DAYS) {
      columns.add(Column.text(d.charAt(0) + d.substring(1).toLowerCase(java.util.Locale.ROOT)));
    }
    columns.addAll(List.of(Column.of("Nights", CellFormat.COUNT), Column.of("Weekend days", CellFormat.COUNT),
        Column.of("Night share", CellFormat.PERCENT), Column.of("Weekend share", CellFormat.PERCENT)));
    TableWriter table = sheet.table("Rotation", columns);
    shifts.forEach((k, s) -> {
      var row = table.add().count(k.tier()).count(k.slot()).count(k.week());
      for (String shift : s) {
        row.text(shift);
      }
      Integer f = fair.get(k.tier() + "/" + k.slot());
      if (f == null) {
        row.blank().blank().blank().blank();
      } else {
        Table ft = fairness.get();
        row.count(Rows.value(ft, RotaFairness.NIGHTS, f)).count(Rows.value(ft, RotaFairness.WEEKEND_DAYS, f))
            .share(Rows.value(ft, RotaFairness.NIGHT_SHARE, f)).share(Rows.value(ft, RotaFairness.WEEKEND_SHARE, f));
      }
    });
    table.end("rota_rotation is empty.");
    sheet.freeze(table.headerRow() + 1, 3).repeatOnEveryPage(table.headerRow());
    if (table.rows() > 0) {
      greyDaysOff(sheet, new CellRangeAddress(table.headerRow() + 1, table.headerRow() + table.rows(), 3, 2 + days.size()));
    }
  }

  private static void greyDaysOff(SheetWriter sheet, CellRangeAddress days) {
    XSSFSheetConditionalFormatting cf = sheet.xssf().getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + OFF + "\"");
    var fill = rule.createPatternFormatting();
    fill.setFillBackgroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
    rule.createFontFormatting().setFontColorIndex(IndexedColors.GREY_50_PERCENT.getIndex());
    cf.addConditionalFormatting(new CellRangeAddress[] {days}, rule);
  }
}
