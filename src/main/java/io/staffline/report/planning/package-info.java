/**
 * The planners' workbook ({@code staffline report planning}): the interval forecast per queue,
 * requirements per line (raw and scheduled) and per queue, the rota's headcount per pattern, its
 * coverage against the requirement, the cyclic rotation with its fairness, and what-if scenarios
 * computed by the staffing engine ({@link io.staffline.staffing}), not by Excel formulas.
 */
package io.staffline.report.planning;
