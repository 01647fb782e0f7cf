package com.pilotledger.api.pilot;

import java.time.Instant;

/** A person (by sign-in name) became an owner of the pilot, assigned by a portfolio manager (or at registration). */
public record PilotOwnerAssigned(String pilotId, String owner, String assignedBy, Instant assignedAt)
        implements PilotEvent {
}
