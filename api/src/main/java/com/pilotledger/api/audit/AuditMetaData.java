package com.pilotledger.api.audit;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Metadata keys every command and event carries, set by the application from the request, never from its body. */
public final class AuditMetaData {

    /** The authenticated user who sent the command. */
    public static final String ACTOR = "actor";
    /** The roles that user held when sending it. */
    public static final String ACTOR_ROLES = "actorRoles";
    /** Ties together everything caused by one request. */
    public static final String CORRELATION_ID = "correlationId";
    /**
     * The command key: derived from the client's Idempotency-Key, the user, the endpoint and the request; a retry of
     * that request carries the same one and takes effect once.
     */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private AuditMetaData() {
    }

    /** The roles written under {@link #ACTOR_ROLES}, comma-separated, as a set; empty when absent. */
    public static Set<String> roles(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(role -> !role.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
