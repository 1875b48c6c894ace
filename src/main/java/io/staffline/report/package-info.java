/**
 * The Excel outputs (Apache POI lives here and nowhere else): the craft every workbook shares —
 * styles and number formats, text cells guarded against formula injection, native charts, Excel
 * tables, print set-up, streaming for large sheets, atomic writing — and the ISO week the reports
 * are about. The managers' weekly pack is in {@code report.weekly}, the planners' workbook in
 * {@code report.planning}. What each sheet shows and where each number comes from: docs/reports.md.
 */
package io.staffline.report;
