/**
 * Staffing math, pure and without I/O: Erlang C and Erlang A (M/M/n+M) queues, chat concurrency,
 * shrinkage with exact rounding, and the fluid backlog model for deferred work (email, tickets).
 * Definitions, sources and worked examples: docs/staffing.md.
 */
package io.staffline.staffing;
