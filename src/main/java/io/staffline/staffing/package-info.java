/**
 * Staffing. The math is pure and without I/O: Erlang C and Erlang A (M/M/n+M) queues, chat
 * concurrency, shrinkage with exact rounding, and the fluid backlog model for deferred work
 * (email, tickets), also with response targets in a team calendar's business hours. On top of it
 * the pipeline stage {@code staffline staffing}: {@link io.staffline.staffing.StaffingJob} reads the
 * forecast ({@link io.staffline.staffing.ForecastInput}), sizes each queue with its channel's model
 * from jobs/staffing.yaml and pools the queues of each line ({@link io.staffline.staffing.StaffingPlan},
 * no I/O), and writes {@link io.staffline.staffing.StaffingTables}. Definitions, sources and worked
 * examples: docs/staffing.md.
 */
package io.staffline.staffing;
