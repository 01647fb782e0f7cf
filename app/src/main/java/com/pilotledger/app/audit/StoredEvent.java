package com.pilotledger.app.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.util.Set;

/**
 * One row of the event store as an auditor receives it: where it stands (global index, aggregate and sequence), what
 * it is, who caused it with which roles and in which request, when, and its payload exactly as stored (JSON).
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateType, String aggregateId,
                          long sequenceNumber, String eventType, String occurredAt, String actor, Set<String> roles,
                          String correlationId, @JsonRawValue String payload) {
}
