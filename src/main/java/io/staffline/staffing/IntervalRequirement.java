package io.staffline.staffing;

import java.math.BigDecimal;

/**
 * One row of {@code staffing_requirements}: the agents one queue needs in one interval.
 * Figures a model does not have are NaN (written as null).
 *
 * @param model {@code erlang_c}, {@code erlang_a}, {@code chat} or {@code backlog}
 * @param fractionalAgents the real-valued requirement, summed per line before rounding
 * @param agents the queue's own integer requirement
 * @param serviceLevel in the target's reading, at {@code agents}; NaN for backlog or no contacts
 * @param asaSeconds mean wait of the answered contacts at {@code agents}; NaN likewise
 * @param occupancy busy ÷ staffed time at {@code agents}; NaN likewise
 * @param abandonment P(hang up before answer) at {@code agents}; NaN unless the model has patience
 */
public record IntervalRequirement(Queue queue, QueueInterval interval, String model,
    BigDecimal fractionalAgents, int agents, double serviceLevel, double asaSeconds,
    double occupancy, double abandonment) {}
