/**
 * The sample generator: seeded, deterministic, streaming synthetic helpdesk exports (tickets,
 * events, roster, career history) in the canonical layouts of docs/data-model.md §1, with a
 * {@code ground_truth.json} of every parameter used and the realised counts. See
 * docs/generator.md. Plain Java: no Spark, no framework.
 */
package io.staffline.sample;
