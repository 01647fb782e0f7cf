package com.pilotledger.api.audit;

import java.time.Instant;

/** One stored event as an auditor reads it: position, who, when, what, a readable summary and the full payload as JSON. */
public record AuditEntry(long globalIndex, String eventId, String pilotId, String eventType, String actor,
                         String correlationId, Instant occurredAt, String summary, String payloadJson) {
}
