/**
 * Metrics: the Spark job that turns the lake into ticket facts, KPIs, tier flows, agent load,
 * interval arrivals and backlog (docs/metrics.md), with the pure building blocks beside it:
 * business-hours calendars, statistics and per-ticket definitions.
 */
package io.staffline.metrics;
