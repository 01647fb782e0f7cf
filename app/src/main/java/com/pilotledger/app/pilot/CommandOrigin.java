package com.pilotledger.app.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who sends a command and on behalf of which request: the authenticated user and roles (never a field of the request
 * body), the request's correlation id, and the client's idempotency key when it gave one.
 */
public record CommandOrigin(String actor, Set<String> roles, String correlationId, String idempotencyKey) {

    public MetaData asMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(AuditMetaData.ACTOR, actor);
        values.put(AuditMetaData.ACTOR_ROLES, String.join(",", roles));
        values.put(AuditMetaData.CORRELATION_ID, correlationId);
        if (idempotencyKey != null) {
            values.put(AuditMetaData.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return MetaData.from(values);
    }
}
