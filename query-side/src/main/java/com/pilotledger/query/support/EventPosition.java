package com.pilotledger.query.support;

import org.axonframework.eventhandling.TrackingToken;

/** The global position of an event in the store: the same on every replay, so rows keyed by it rebuild identically. */
public final class EventPosition {

    private EventPosition() {
    }

    public static long of(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("Token without a position: " + token));
    }
}
