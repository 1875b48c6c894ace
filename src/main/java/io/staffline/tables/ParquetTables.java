package io.staffline.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Small Parquet tables ↔ Tablesaw, without a Spark session: the hand-over between the stages after
 * metrics (docs/pipeline.md). Reads the flat tables Spark writes (every {@code *.parquet} file of a
 * folder, in name order) and writes one file a table. Types: string, int (8/16/32-bit), long,
 * float, double, boolean, date, timestamp (UTC instants, millis/micros/nanos, kept to the millisecond
 * as Tablesaw holds them); nested columns are refused with the column's name.
 */
public final class ParquetTables {
  /** The file a table folder written here holds. */
  public static final String PART = "part-00000.parquet";

  private ParquetTables() {}

  static {
    TablesawStartup.initialise();
  }

  /** Every column of the table in {@code folder} (a folder of Parquet files, or one file). */
  public static Table read(Path folder) {
    return read(folder, Set.of());
  }

  /** Only {@code columns} of the table (all when empty), in the file's column order. */
  public static Table read(Path folder, Set<String> columns) {
    List<Path> files = files(folder);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no Parquet files in " + folder);
    }
    Table table = null;
    for (Path file : files) {
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        MessageType projected = project(schema, columns, file);
        if (table == null) {
          table = emptyTable(tableName(folder), projected, file);
        } else if (!sameColumns(table, projected)) {
          throw new IllegalArgumentException("Parquet file " + file + " has columns " + projected.getFields()
              + " unlike the first file of " + folder);
        }
        reader.setRequestedSchema(projected);
        MessageColumnIO io = new ColumnIOFactory().getColumnIO(projected, schema);
        Kind[] kinds = projected.getFields().stream().map(f -> kindOf(f, file)).toArray(Kind[]::new);
        PageReadStore pages;
        while ((pages = reader.readNextRowGroup()) != null) {
          RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(projected));
          for (long r = 0, n = pages.getRowCount(); r < n; r++) {
            append(table, kinds, records.read());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read Parquet file " + file, e);
      }
    }
    return table;
  }

  /** Writes {@code table} as {@code folder/part-00000.parquet} (the folder must not exist yet). */
  public static void write(Table table, Path folder) {
    MessageType schema = schemaOf(table);
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(PART);
      try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
          .withType(schema)
          .withConf(new Configuration(false))
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withWriteMode(ParquetFileWriter.Mode.CREATE)
          .build()) {
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        for (int r = 0; r < table.rowCount(); r++) {
          Group g = groups.newGroup();
          for (int c = 0; c < table.columnCount(); c++) {
            Column<?> col = table.column(c);
            if (!col.isMissing(r)) {
              put(g, c, col, r);
            }
          }
          writer.write(g);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write table " + table.name() + " to " + folder, e);
    }
  }

  /**
   * Rows of a table folder (or file), summed from the Parquet footers' row-group counts: exact,
   * and without reading a single data page.
   */
  public static long rowCount(Path folder) {
    long rows = 0;
    for (Path f : files(folder)) {
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(f))) {
        rows += reader.getRecordCount();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the footer of " + f, e);
      }
    }
    return rows;
  }

  private static List<Path> files(Path folder) {
    if (Files.isRegularFile(folder)) {
      return List.of(folder);
    }
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no table at " + folder);
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static String tableName(Path folder) {
    return folder.getFileName() == null ? "table" : folder.getFileName().toString();
  }

  private static MessageType project(MessageType schema, Set<String> columns, Path file) {
    if (columns.isEmpty()) {
      return schema;
    }
    List<Type> keep = new ArrayList<>();
    for (Type t : schema.getFields()) {
      if (columns.contains(t.getName())) {
        keep.add(t);
      }
    }
    for (String c : columns) {
      if (!schema.containsField(c)) {
        throw new IllegalArgumentException("Parquet file " + file + " has no column " + c);
      }
    }
    return new MessageType(schema.getName(), keep);
  }

  private static boolean sameColumns(Table table, MessageType schema) {
    if (table.columnCount() != schema.getFieldCount()) {
      return false;
    }
    for (int i = 0; i < schema.getFieldCount(); i++) {
      if (!table.column(i).name().equals(schema.getFields().get(i).getName())) {
        return false;
      }
    }
    return true;
  }

  /** The Tablesaw type a Parquet column reads as. */
  private enum Kind {
    STRING, INT, LONG, FLOAT, DOUBLE, BOOLEAN, DATE, INSTANT_MILLIS, INSTANT_MICROS, INSTANT_NANOS
  }

  private static Kind kindOf(Type type, Path file) {
    if (!type.isPrimitive() || type.isRepetition(Type.Repetition.REPEATED)) {
      throw new IllegalArgumentException("column " + type.getName() + " of " + file
          + " is nested or repeated: only flat tables are read here");
    }
    PrimitiveType p = type.asPrimitiveType();
    LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
    PrimitiveTypeName name = p.getPrimitiveTypeName();
    if (name == PrimitiveTypeName.BINARY || name == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) {
      if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) {
        throw new IllegalArgumentException("column " + type.getName() + " of " + file + " is a decimal: not supported");
      }
      return Kind.STRING;
    }
    if (name == PrimitiveTypeName.INT32) {
      return logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation ? Kind.DATE : Kind.INT;
    }
    if (name == PrimitiveTypeName.INT64) {
      if (logical instanceof TimestampLogicalTypeAnnotation ts) {
        return switch (ts.getUnit()) {
          case MILLIS -> Kind.INSTANT_MILLIS;
          case MICROS -> Kind.INSTANT_MICROS;
          case NANOS -> Kind.INSTANT_NANOS;
        };
      }
      return Kind.LONG;
    }
    return switch (name) {
      case FLOAT -> Kind.FLOAT;
      case DOUBLE -> Kind.DOUBLE;
      case BOOLEAN -> Kind.BOOLEAN;
      default -> throw new IllegalArgumentException("column " + type.getName() + " of " + file
          + " has Parquet type " + name + ": not supported (write timestamps as INT64 micros)");
    };
  }

  private static Table emptyTable(String name, MessageType schema, Path file) {
    Table t = Table.create(name);
    for (Type f : schema.getFields()) {
      String c = f.getName();
      t.addColumns(switch (kindOf(f, file)) {
        case STRING -> StringColumn.create(c);
        case INT -> IntColumn.create(c);
        case LONG -> LongColumn.create(c);
        case FLOAT -> FloatColumn.create(c);
        case DOUBLE -> DoubleColumn.create(c);
        case BOOLEAN -> BooleanColumn.create(c);
        case DATE -> DateColumn.create(c);
        case INSTANT_MILLIS, INSTANT_MICROS, INSTANT_NANOS -> InstantColumn.create(c);
      });
    }
    return t;
  }

  private static void append(Table table, Kind[] kinds, Group g) {
    for (int i = 0; i < kinds.length; i++) {
      Column<?> col = table.column(i);
      if (g.getFieldRepetitionCount(i) == 0) {
        col.appendMissing();
        continue;
      }
      switch (kinds[i]) {
        case STRING -> ((StringColumn) col).append(g.getBinary(i, 0).toStringUsingUTF8());
        case INT -> ((IntColumn) col).append(g.getInteger(i, 0));
        case LONG -> ((LongColumn) col).append(g.getLong(i, 0));
        case FLOAT -> ((FloatColumn) col).append(g.getFloat(i, 0));
        case DOUBLE -> ((DoubleColumn) col).append(g.getDouble(i, 0));
        case BOOLEAN -> ((BooleanColumn) col).append(g.getBoolean(i, 0));
        case DATE -> ((DateColumn) col).append(LocalDate.ofEpochDay(g.getInteger(i, 0)));
        case INSTANT_MILLIS -> ((InstantColumn) col).append(Instant.ofEpochMilli(g.getLong(i, 0)));
        case INSTANT_MICROS -> ((InstantColumn) col).append(ofMicros(g.getLong(i, 0)));
        case INSTANT_NANOS -> ((InstantColumn) col).append(ofNanos(g.getLong(i, 0)));
      }
    }
  }

  private static Instant ofMicros(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  private static Instant ofNanos(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private static MessageType schemaOf(Table table) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Column<?> c : table.columns()) {
      String n = c.name();
      // By column class, not ColumnType identity: Tablesaw can hold two InstantColumnType instances
      // (creating an InstantColumn before ColumnType is initialised makes a second one), and then
      // c.type() == ColumnType.INSTANT is false.
      if (c instanceof StringColumn) {
        b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(n);
      } else if (c instanceof IntColumn || c instanceof ShortColumn) {
        b.optional(PrimitiveTypeName.INT32).named(n);
      } else if (c instanceof LongColumn) {
        b.optional(PrimitiveTypeName.INT64).named(n);
      } else if (c instanceof FloatColumn) {
        b.optional(PrimitiveTypeName.FLOAT).named(n);
      } else if (c instanceof DoubleColumn) {
        b.optional(PrimitiveTypeName.DOUBLE).named(n);
      } else if (c instanceof BooleanColumn) {
        b.optional(PrimitiveTypeName.BOOLEAN).named(n);
      } else if (c instanceof DateColumn) {
        b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(n);
      } else if (c instanceof InstantColumn) {
        b.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS)).named(n);
      } else {
        throw new IllegalArgumentException("table " + table.name() + ": column " + n + " of type " + c.type()
            + " cannot be written (use string, int, long, double, boolean, date or instant)");
      }
    }
    return b.named(table.name() == null || table.name().isBlank() ? "table" : safeName(table.name()));
  }

  private static String safeName(String name) {
    return name.replaceAll("[^A-Za-z0-9_]", "_");
  }

  private static void put(Group g, int c, Column<?> col, int r) {
    if (col instanceof StringColumn s) {
      g.add(c, Binary.fromString(s.get(r)));
    } else if (col instanceof IntColumn i) {
      g.add(c, i.getInt(r));
    } else if (col instanceof ShortColumn sh) {
      g.add(c, (int) sh.getShort(r));
    } else if (col instanceof LongColumn l) {
      g.add(c, l.getLong(r));
    } else if (col instanceof FloatColumn f) {
      g.add(c, f.getFloat(r));
    } else if (col instanceof DoubleColumn d) {
      g.add(c, d.getDouble(r));
    } else if (col instanceof BooleanColumn bool) {
      g.add(c, bool.get(r));
    } else if (col instanceof DateColumn date) {
      g.add(c, (int) date.get(r).toEpochDay());
    } else {
      Instant at = ((InstantColumn) col).get(r);
      g.add(c, Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L));
    }
  }
}
