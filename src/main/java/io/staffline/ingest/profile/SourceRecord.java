package io.staffline.ingest.profile;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One source row after its profile is applied: canonical values, still one row per source line,
 * before events are derived from a ticket's rows.
 */
record SourceRecord(String ticketId, Instant eventAt, Double order, Instant createdAt, String status,
    String sourceStatus, String team, Integer tier, String agentKey, String priority, String channel,
    String category, String requesterKey, String orgKey, Instant firstReplyAt, Instant solvedAt,
    Instant closedAt, String csat, Integer handleSeconds, Map<String, String> attributes,
    String sourceFile, long sourceLine) implements Serializable {}
