/**
 * Ingest: reads helpdesk exports with explicit schemas, accounts for every input row (accepted or
 * quarantined with a reason), pseudonymises personal keys and commits the canonical Parquet lake
 * atomically. See docs/data-model.md.
 */
package io.staffline.ingest;
