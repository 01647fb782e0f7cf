package com.pilotledger.api.pilot;

/** How an authorization request ended without being authorized. */
public enum RequestOutcome {
    /** The capital pool or the decider's authority did not allow it. */
    REFUSED,
    /** The checker rejected it. */
    REJECTED,
    /** Nobody decided it within the approval window. */
    EXPIRED,
    /** The pilot was paused or killed while it was decided. */
    CANCELLED
}
