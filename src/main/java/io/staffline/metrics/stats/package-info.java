/**
 * Small-sample statistics for the metrics tables, pure and without I/O: the standard normal
 * quantile, Wilson score intervals for rates (CSAT, SLA attainment), exact percentiles defined as
 * DuckDB's {@code quantile_cont} / {@code quantile_disc}, and imbalance measures (Gini, coefficient
 * of variation) for agent load. One rule throughout: a statistic that is undefined for its input
 * (no observations, a zero mean) is {@code NaN}; an input that is not allowed (a probability
 * outside [0, 1], a negative load) is an {@link java.lang.IllegalArgumentException}.
 */
package io.staffline.metrics.stats;
