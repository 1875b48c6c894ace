package io.staffline.report.planning;

import io.staffline.report.IsoWeek;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import tech.tablesaw.api.Table;

/** Row selection shared by the planning sheets: a table's rows in the planned week, in a fixed order. */
final class Rows {
  private Rows() {}

  /** Indices of {@code t}'s rows that {@code keep} accepts, sorted by {@code order}. */
  static List<Integer> where(Table t, IntPredicate keep, Comparator<Integer> order) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      if (keep.test(r)) {
        rows.add(r);
      }
    }
    rows.sort(order);
    return rows;
  }

  /** Rows whose {@code column} instant falls in {@code week}. */
  static IntPredicate inWeek(Table t, String column, IsoWeek week) {
    var c = t.instantColumn(column);
    return r -> {
      Instant at = c.get(r);
      return at != null && week.contains(at);
    };
  }

  static Comparator<Integer> byText(Table t, String column) {
    var c = t.stringColumn(column);
    return Comparator.comparing(c::get);
  }

  static Comparator<Integer> byInt(Table t, String column) {
    var c = t.intColumn(column);
    return Comparator.comparingInt(c::getInt);
  }

  static Comparator<Integer> byInstant(Table t, String column) {
    var c = t.instantColumn(column);
    return Comparator.comparing(c::get);
  }

  /** A numeric cell of any numeric column, null when missing. */
  static Number value(Table t, String column, int r) {
    var c = t.column(column);
    return c.isMissing(r) ? null : (Number) c.get(r);
  }

  /** {@code Mon 08:30}: an interval's place in the week, for chart categories. */
  static String weekSlot(Instant start) {
    var t = start.atOffset(ZoneOffset.UTC);
    DayOfWeek d = t.getDayOfWeek();
    return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + String.format(Locale.ROOT, " %02d:%02d", t.getHour(),
        t.getMinute());
  }
}
