package com.pilotledger.api.audit;

/** Metadata keys every command and event carries, set by the application from the request, never from its body. */
public final class AuditMetaData {

    /** The authenticated user who sent the command. */
    public static final String ACTOR = "actor";
    /** The roles that user held when sending it. */
    public static final String ACTOR_ROLES = "actorRoles";
    /** Ties together everything caused by one request. */
    public static final String CORRELATION_ID = "correlationId";
    /** The client's key for one intended command; a retry with the same key takes effect once. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private AuditMetaData() {
    }
}
