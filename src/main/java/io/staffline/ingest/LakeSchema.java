package io.staffline.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.Arrays;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The canonical lake tables, each declared once: column-name constants and the Spark schema.
 * docs/data-model.md describes the same tables in words.
 */
public final class LakeSchema {
  private LakeSchema() {}

  // Lineage columns shared by every accepted row and every quarantined row.
  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_LINE = "source_line";

  /** tickets: one row per ticket, partitioned by {@link #CREATED_DATE}. */
  public static final class Tickets {
    private Tickets() {}
    public static final String NAME = "tickets";
    public static final String TICKET_ID = "ticket_id";
    public static final String SOURCE = "source";
    public static final String CREATED_AT = "created_at";
    public static final String CHANNEL = "channel";
    public static final String PRIORITY = "priority";
    public static final String CATEGORY = "category";
    public static final String ENTRY_TEAM = "entry_team";
    public static final String REQUESTER_KEY = "requester_key";
    public static final String ORG_KEY = "org_key";
    public static final String STATUS = "status";
    public static final String FIRST_REPLY_AT = "first_reply_at";
    public static final String FIRST_SOLVED_AT = "first_solved_at";
    public static final String LAST_SOLVED_AT = "last_solved_at";
    public static final String CLOSED_AT = "closed_at";
    public static final String REOPEN_COUNT = "reopen_count";
    public static final String CSAT = "csat";
    /** Source columns a profile keeps for cross-checks (e.g. ServiceNow's reassignment_count). */
    public static final String SOURCE_ATTRIBUTES = "source_attributes";
    public static final String CREATED_DATE = "created_date";

    public static final StructType SCHEMA = schema(
        field(TICKET_ID, StringType), field(SOURCE, StringType), field(CREATED_AT, TimestampType),
        field(CHANNEL, StringType), field(PRIORITY, StringType), field(CATEGORY, StringType),
        field(ENTRY_TEAM, StringType), field(REQUESTER_KEY, StringType), field(ORG_KEY, StringType),
        field(STATUS, StringType), field(FIRST_REPLY_AT, TimestampType),
        field(FIRST_SOLVED_AT, TimestampType), field(LAST_SOLVED_AT, TimestampType),
        field(CLOSED_AT, TimestampType), field(REOPEN_COUNT, IntegerType), field(CSAT, StringType),
        field(SOURCE_ATTRIBUTES, DataTypes.createMapType(StringType, StringType)),
        field(SOURCE_FILE, StringType), field(SOURCE_LINE, LongType), field(CREATED_DATE, DateType));
  }

  /** ticket_events: one row per event, partitioned by {@link #EVENT_DATE}. */
  public static final class TicketEvents {
    private TicketEvents() {}
    public static final String NAME = "ticket_events";
    public static final String TICKET_ID = "ticket_id";
    public static final String SEQ = "seq";
    public static final String EVENT_AT = "event_at";
    public static final String TYPE = "type";
    public static final String AGENT_KEY = "agent_key";
    public static final String TEAM = "team";
    public static final String TIER = "tier";
    public static final String STATUS = "status";
    public static final String OLD_VALUE = "old_value";
    public static final String NEW_VALUE = "new_value";
    public static final String HANDLE_SECONDS = "handle_seconds";
    public static final String AGENT_IN_ROSTER = "agent_in_roster";
    public static final String EVENT_DATE = "event_date";

    public static final StructType SCHEMA = schema(
        field(TICKET_ID, StringType), field(SEQ, IntegerType), field(EVENT_AT, TimestampType),
        field(TYPE, StringType), field(AGENT_KEY, StringType), field(TEAM, StringType),
        field(TIER, IntegerType), field(STATUS, StringType), field(OLD_VALUE, StringType),
        field(NEW_VALUE, StringType), field(HANDLE_SECONDS, IntegerType),
        field(AGENT_IN_ROSTER, BooleanType), field(SOURCE_FILE, StringType),
        field(SOURCE_LINE, LongType), field(EVENT_DATE, DateType));
  }

  /** agents: the roster, one row per agent. */
  public static final class Agents {
    private Agents() {}
    public static final String NAME = "agents";
    public static final String AGENT_KEY = "agent_key";
    public static final String DISPLAY_NAME = "display_name";
    public static final String TEAM = "team";
    public static final String TIER = "tier";
    public static final String LEVEL = "level";
    public static final String HIRE_DATE = "hire_date";
    public static final String LEAVE_DATE = "leave_date";
    public static final String TIMEZONE = "timezone";
    public static final String WEEKLY_HOURS = "weekly_hours";

    public static final StructType SCHEMA = schema(
        field(AGENT_KEY, StringType), field(DISPLAY_NAME, StringType), field(TEAM, StringType),
        field(TIER, IntegerType), field(LEVEL, StringType), field(HIRE_DATE, DateType),
        field(LEAVE_DATE, DateType), field(TIMEZONE, StringType), field(WEEKLY_HOURS, DoubleType),
        field(SOURCE_FILE, StringType), field(SOURCE_LINE, LongType));
  }

  /** agent_levels: the career history, one row per change of level or line. */
  public static final class AgentLevels {
    private AgentLevels() {}
    public static final String NAME = "agent_levels";
    public static final String AGENT_KEY = "agent_key";
    public static final String EFFECTIVE_FROM = "effective_from";
    public static final String LEVEL = "level";
    public static final String TIER = "tier";
    public static final String TEAM = "team";

    public static final StructType SCHEMA = schema(
        field(AGENT_KEY, StringType), field(EFFECTIVE_FROM, DateType), field(LEVEL, StringType),
        field(TIER, IntegerType), field(TEAM, StringType), field(SOURCE_FILE, StringType),
        field(SOURCE_LINE, LongType));
  }

  /** quarantine: every input row that was not accepted, with the reason. */
  public static final class Quarantine {
    private Quarantine() {}
    public static final String NAME = "quarantine";
    public static final String TABLE_NAME = "table_name";
    public static final String REASON_CODE = "reason_code";
    public static final String REASON = "reason";
    public static final String RAW = "raw";
    /** Raw lines are cut to this many characters. */
    public static final int RAW_MAX_CHARS = 2000;

    public static final StructType SCHEMA = schema(
        field(TABLE_NAME, StringType), field(SOURCE_FILE, StringType), field(SOURCE_LINE, LongType),
        field(REASON_CODE, StringType), field(REASON, StringType), field(RAW, StringType));
  }

  /** manifest: one row per input file of a run, the Parquet twin of manifest.json. */
  public static final class Manifest {
    private Manifest() {}
    public static final String NAME = "manifest";
    public static final String RUN_ID = "run_id";
    public static final String TABLE_NAME = "table_name";
    public static final String FORMAT = "format";
    public static final String SHA256 = "sha256";
    public static final String BYTES = "bytes";
    public static final String ROWS_READ = "rows_read";
    public static final String ROWS_ACCEPTED = "rows_accepted";
    public static final String ROWS_QUARANTINED = "rows_quarantined";
    public static final String QUARANTINED_BY_REASON = "quarantined_by_reason";
    public static final String FLAGGED_BY_REASON = "flagged_by_reason";
    public static final String IGNORED_COLUMNS = "ignored_columns";
    public static final String DROPPED_COLUMNS = "dropped_columns";
    public static final String FILE_ISSUE = "file_issue";

    public static final StructType SCHEMA = schema(
        field(RUN_ID, StringType), field(TABLE_NAME, StringType), field(SOURCE_FILE, StringType),
        field(FORMAT, StringType), field(SHA256, StringType), field(BYTES, LongType),
        field(ROWS_READ, LongType), field(ROWS_ACCEPTED, LongType), field(ROWS_QUARANTINED, LongType),
        field(QUARANTINED_BY_REASON, DataTypes.createMapType(StringType, LongType)),
        field(FLAGGED_BY_REASON, DataTypes.createMapType(StringType, LongType)),
        field(IGNORED_COLUMNS, DataTypes.createArrayType(StringType)),
        field(DROPPED_COLUMNS, DataTypes.createArrayType(StringType)),
        field(FILE_ISSUE, StringType));
  }

  /** The schema with the quarantine columns appended: what the line parser emits for a table. */
  public static StructType withQuarantineColumns(StructType table) {
    return table
        .add(field(Quarantine.REASON_CODE, StringType))
        .add(field(Quarantine.REASON, StringType))
        .add(field(Quarantine.RAW, StringType));
  }

  /** The column names of a schema, in order. */
  public static String[] names(StructType schema) {
    return Arrays.stream(schema.fields()).map(StructField::name).toArray(String[]::new);
  }

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
