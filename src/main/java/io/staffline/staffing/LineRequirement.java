package io.staffline.staffing;

import io.staffline.ticket.Tier;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of {@code staffing_by_line}: a line's agents in one interval.
 *
 * @param fractionalAgents the exact sum of its queues' fractional requirements
 * @param agents that sum rounded up once
 * @param shrinkage planned + unplanned shrinkage of the line
 * @param scheduled agents ÷ (1 − shrinkage), rounded up exactly
 */
public record LineRequirement(Instant start, int minutes, Tier tier, BigDecimal fractionalAgents,
    int agents, Shrinkage shrinkage, int scheduled) {}
