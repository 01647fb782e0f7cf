package com.pilotledger.api.pilot;

import java.time.Instant;

/** A person (by sign-in name) no longer owns the pilot. Not an owner: nothing changes. */
public record RemovePilotOwner(String pilotId, String owner, Instant removedAt) implements PilotCommand {
}
