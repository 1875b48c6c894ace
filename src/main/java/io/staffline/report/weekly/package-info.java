/**
 * The managers' weekly pack ({@code staffline report weekly}): KPI tiles and trend charts, support
 * lines and escalations, agent load, SLA breaches, backlog ageing, forecast accuracy, data quality
 * and definitions — every number read from the metrics (and forecast, lake) tables, as
 * docs/reports.md lists sheet by sheet.
 */
package io.staffline.report.weekly;
