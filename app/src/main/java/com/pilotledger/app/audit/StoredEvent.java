package com.pilotledger.app.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.util.Set;

/**
 * One row of the event store as an auditor receives it: where it stands (global index, aggregate and sequence), what
 * it is, when it happened in the business (null if its payload cannot be read) and when the store recorded it, who
 * caused it with which roles and in which request, and its payload exactly as stored (JSON).
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateType, String aggregateId,
                          long sequenceNumber, String eventType, String businessTime, String recordedAt, String actor,
                          Set<String> roles, String correlationId, @JsonRawValue String payload) {
}
