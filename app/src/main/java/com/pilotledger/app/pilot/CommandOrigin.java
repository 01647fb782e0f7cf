package com.pilotledger.app.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who sends a command and on behalf of which request: the authenticated user and roles (never a field of the request
 * body), the request's correlation id, and, when the client gave an {@code Idempotency-Key}, the command key derived
 * from it, its user, its endpoint and the request (so that it de-duplicates only a retry of that very request).
 */
public record CommandOrigin(String actor, Set<String> roles, String correlationId, String commandKey) {

    public MetaData asMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(AuditMetaData.ACTOR, actor);
        values.put(AuditMetaData.ACTOR_ROLES, String.join(",", roles));
        values.put(AuditMetaData.CORRELATION_ID, correlationId);
        if (commandKey != null) {
            values.put(AuditMetaData.IDEMPOTENCY_KEY, commandKey);
        }
        return MetaData.from(values);
    }
}
