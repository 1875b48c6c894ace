package io.staffline.sample;

import java.time.Instant;

/**
 * What a generator run wrote: ticket and event rows, roster rows, career-history rows, and the
 * export time (nothing written is later).
 */
public record GeneratorSummary(
    long tickets, long events, int agents, int agentLevels, Instant exportTime) {}
