package io.staffline.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import io.staffline.ingest.LakeSchema.Agents;
import io.staffline.metrics.stats.Inequality;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.immutable.Seq;

/**
 * team_load_balance: how evenly a team's line shares its work in a week — coefficient of
 * variation and Gini of tickets solved and of complexity-weighted load across the roster's agents
 * of that team and line who worked that week (agents missing from the roster are left out).
 */
public final class TeamLoadBalance {
  private TeamLoadBalance() {}

  public static final String AGENTS = "agents";
  public static final String SOLVED_CV = "solved_cv";
  public static final String SOLVED_GINI = "solved_gini";
  public static final String LOAD_CV = "weighted_load_cv";
  public static final String LOAD_GINI = "weighted_load_gini";

  private static double[] values(Seq<Object> seq) {
    double[] out = new double[seq.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) seq.apply(i)).doubleValue();
    }
    return out;
  }

  private static final UserDefinedFunction GINI = udf(
      (org.apache.spark.sql.api.java.UDF1<Seq<Object>, Double>) s -> nanToNull(Inequality.gini(values(s))),
      DataTypes.DoubleType);
  private static final UserDefinedFunction CV = udf(
      (org.apache.spark.sql.api.java.UDF1<Seq<Object>, Double>) s -> nanToNull(Inequality.coefficientOfVariation(values(s))),
      DataTypes.DoubleType);

  private static Double nanToNull(double v) {
    return Double.isNaN(v) ? null : v;
  }

  public static Dataset<Row> of(Dataset<Row> weeklyLoad, Dataset<Row> agents) {
    return weeklyLoad
        .join(agents.select(col(Agents.AGENT_KEY), col(Agents.TEAM), col(Agents.TIER)), AgentLoad.AGENT_KEY)
        .groupBy(col(AgentLoad.PERIOD_START).as(TierFlows.WEEK_START), col(Agents.TEAM), col(Agents.TIER))
        .agg(count(lit(1)).as(AGENTS),
            collect_list(col(AgentLoad.SOLVED).cast("double")).as("_solved"),
            collect_list(col(AgentLoad.WEIGHTED_LOAD).cast("double")).as("_load"))
        .withColumn(SOLVED_CV, CV.apply(col("_solved")))
        .withColumn(SOLVED_GINI, GINI.apply(col("_solved")))
        .withColumn(LOAD_CV, CV.apply(col("_load")))
        .withColumn(LOAD_GINI, GINI.apply(col("_load")))
        .drop("_solved", "_load");
  }
}
