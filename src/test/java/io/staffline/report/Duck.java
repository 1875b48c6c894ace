package io.staffline.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** DuckDB over the same Parquet the reports read: the independent route of the report tests. */
public final class Duck implements AutoCloseable {
  private final Connection c;

  public Duck() {
    try {
      c = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = c.createStatement()) {
        s.execute("set TimeZone = 'UTC'");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The single value of a one-row, one-column query (null for SQL NULL). */
  public Double number(String sql) {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      if (!r.next()) {
        throw new AssertionError("no row: " + sql);
      }
      double v = r.getDouble(1);
      return r.wasNull() ? null : v;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Each row's columns joined by " | ". */
  public List<String> rows(String sql) {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? " | " : "").append(r.getString(i));
        }
        out.add(b.toString());
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
