package com.pilotledger.app.audit;

import com.pilotledger.api.audit.AuditEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/**
 * An audit entry with its payload as a JSON object rather than a string that holds JSON; business time is when the
 * event happened, recordedAt when the store recorded it.
 */
public record AuditEntryResponse(long globalIndex, String eventId, String pilotId, String eventType, String actor,
                                 String correlationId, Instant businessTime, Instant recordedAt, String summary,
                                 JsonNode payload) {

    static AuditEntryResponse of(AuditEntry entry, JsonMapper json) {
        return new AuditEntryResponse(entry.globalIndex(), entry.eventId(), entry.pilotId(), entry.eventType(),
                entry.actor(), entry.correlationId(), entry.businessTime(), entry.recordedAt(), entry.summary(),
                json.readTree(entry.payloadJson()));
    }
}
