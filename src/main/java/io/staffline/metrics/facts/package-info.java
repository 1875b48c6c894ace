/**
 * Per-ticket metric definitions, pure Java without Spark or I/O: {@link
 * io.staffline.metrics.facts.TicketFactsCalculator} turns one ticket and its events into one row of
 * the {@code ticket_facts} table ({@link io.staffline.metrics.facts.TicketFacts}): first reply,
 * first and full resolution, requester and agent wait, support-line path and dwell, stations,
 * one-touch, first-line resolution, CSAT and SLA outcomes against {@link
 * io.staffline.metrics.facts.SlaPolicies} ({@code jobs/sla.yaml}). Definitions with worked
 * examples: docs/metrics-ticket-facts.md.
 */
package io.staffline.metrics.facts;
