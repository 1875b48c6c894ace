/**
 * Small tables on the JVM: Parquet ↔ Tablesaw for the stages after metrics (forecast, staffing,
 * rota, report), which hand over through Parquet (docs/pipeline.md) and need no Spark session.
 */
package io.staffline.tables;
