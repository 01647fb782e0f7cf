package com.pilotledger.api.capital;

/** Where an authorization request stands. */
public enum RequestStatus {
    /** Recorded on the pilot; capital not yet reserved. */
    REQUESTED,
    /** Capital reserved; the authorization is being recorded (no second approval needed). */
    RESERVED,
    /** Capital reserved; waiting for a second person's approval. */
    AWAITING_APPROVAL,
    /** A second person approved; the authorization is being recorded. */
    APPROVED,
    AUTHORIZED,
    REFUSED,
    REJECTED,
    EXPIRED,
    CANCELLED;

    /** Still holding capital or about to: counts against what is available. */
    public boolean isOpen() {
        return this == REQUESTED || this == RESERVED || this == AWAITING_APPROVAL || this == APPROVED;
    }
}
