package io.staffline.metrics;

import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import io.staffline.metrics.facts.EventInput;
import io.staffline.metrics.facts.TicketFacts;
import io.staffline.metrics.facts.TicketFactsCalculator;
import io.staffline.metrics.facts.TicketInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * ticket_facts: each ticket with its events, handed to the pure {@link TicketFactsCalculator}
 * (docs/metrics-ticket-facts.md) — one row per ticket.
 */
final class TicketFactsStage {
  private TicketFactsStage() {}

  static final StructType SCHEMA = schema();

  private static StructType schema() {
    StructType s = new StructType();
    for (Map.Entry<String, Class<?>> c : TicketFacts.TYPES.entrySet()) {
      s = s.add(c.getKey(), sparkType(c.getValue()), true);
    }
    return s;
  }

  private static DataType sparkType(Class<?> type) {
    if (type == String.class) {
      return DataTypes.StringType;
    } else if (type == Integer.class) {
      return DataTypes.IntegerType;
    } else if (type == Long.class) {
      return DataTypes.LongType;
    } else if (type == Double.class) {
      return DataTypes.DoubleType;
    } else if (type == Boolean.class) {
      return DataTypes.BooleanType;
    } else if (type == Instant.class) {
      return DataTypes.TimestampType;
    } else if (type == LocalDate.class) {
      return DataTypes.DateType;
    }
    throw new IllegalStateException("ticket facts column of unsupported type " + type);
  }

  static Dataset<Row> of(Dataset<Row> tickets, Dataset<Row> events, MetricsSettings settings) {
    TicketFactsCalculator calculator = new TicketFactsCalculator(settings.calendars(), settings.sla(), settings.facts());
    Instant asOf = settings.asOf();
    JavaPairRDD<String, TicketInput> byTicket = tickets.javaRDD().mapToPair(r -> new Tuple2<>(
        r.<String>getAs(Tickets.TICKET_ID), new TicketInput(r.getAs(Tickets.TICKET_ID), r.getAs(Tickets.SOURCE),
            r.getAs(Tickets.CREATED_AT), r.getAs(Tickets.CHANNEL), r.getAs(Tickets.PRIORITY),
            r.getAs(Tickets.ENTRY_TEAM), r.getAs(Tickets.STATUS), r.getAs(Tickets.FIRST_REPLY_AT),
            r.getAs(Tickets.FIRST_SOLVED_AT), r.getAs(Tickets.LAST_SOLVED_AT), r.getAs(Tickets.CLOSED_AT),
            r.getAs(Tickets.REOPEN_COUNT), r.getAs(Tickets.CSAT))));
    JavaPairRDD<String, EventInput> eventsByTicket = events.javaRDD().mapToPair(r -> new Tuple2<>(
        r.<String>getAs(TicketEvents.TICKET_ID), new EventInput(r.<Integer>getAs(TicketEvents.SEQ),
            r.getAs(TicketEvents.EVENT_AT), r.getAs(TicketEvents.TYPE), r.getAs(TicketEvents.AGENT_KEY),
            r.getAs(TicketEvents.TEAM), r.getAs(TicketEvents.TIER), r.getAs(TicketEvents.STATUS),
            r.getAs(TicketEvents.OLD_VALUE), r.getAs(TicketEvents.NEW_VALUE), r.getAs(TicketEvents.HANDLE_SECONDS))));
    JavaRDD<Row> rows = byTicket.cogroup(eventsByTicket).flatMap(g -> {
      List<Row> out = new ArrayList<>(1);
      for (TicketInput t : g._2()._1()) {
        List<EventInput> es = new ArrayList<>();
        g._2()._2().forEach(es::add);
        // Tickets created after the as-of moment do not exist yet for this run.
        if (!t.createdAt().isAfter(asOf)) {
          out.add(RowFactory.create(calculator.facts(t, es, asOf).values()));
        }
      }
      return out.iterator();
    });
    return tickets.sparkSession().createDataFrame(rows, SCHEMA);
  }
}
