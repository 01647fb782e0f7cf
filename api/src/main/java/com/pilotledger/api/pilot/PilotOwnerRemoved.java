package com.pilotledger.api.pilot;

import java.time.Instant;

/** A person (by sign-in name) stopped being an owner of the pilot, removed by a portfolio manager. */
public record PilotOwnerRemoved(String pilotId, String owner, String removedBy, Instant removedAt)
        implements PilotEvent {
}
