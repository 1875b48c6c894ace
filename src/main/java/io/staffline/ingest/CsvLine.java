package io.staffline.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits one physical line of RFC 4180 CSV into fields (a quoted field may not span lines). */
public final class CsvLine {
  private CsvLine() {}

  /**
   * The fields of {@code line}; quoted fields lose their quotes and {@code ""} becomes {@code "}.
   *
   * @throws Reject {@link ReasonCode#UNBALANCED_QUOTE} when a quoted field is not closed
   */
  public static List<String> split(String line, char delimiter, char quote) throws Reject {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == quote) {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i++);
          if (c == quote) {
            if (i < n && line.charAt(i) == quote) {
              field.append(quote);
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (!closed) {
          throw new Reject(ReasonCode.UNBALANCED_QUOTE,
              "quoted field opened at field " + (fields.size() + 1) + " is not closed on this line");
        }
        // Text after a closing quote up to the delimiter is kept, as lenient readers do.
        while (i < n && line.charAt(i) != delimiter) {
          field.append(line.charAt(i++));
        }
      } else {
        while (i < n && line.charAt(i) != delimiter) {
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString());
      if (i >= n) {
        return fields;
      }
      i++; // the delimiter
    }
  }
}
