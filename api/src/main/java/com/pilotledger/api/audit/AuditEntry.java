package com.pilotledger.api.audit;

import java.time.Instant;

/**
 * One stored event as an auditor reads it: position, who, when it happened (business time) and when the store
 * recorded it, what, a readable summary and the full payload as JSON.
 */
public record AuditEntry(long globalIndex, String eventId, String pilotId, String eventType, String actor,
                         String correlationId, Instant businessTime, Instant recordedAt, String summary,
                         String payloadJson) {
}
