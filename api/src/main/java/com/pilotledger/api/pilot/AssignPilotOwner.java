package com.pilotledger.api.pilot;

import java.time.Instant;

/** Make a person (by sign-in name) an owner of the pilot: they record its evidence. Already an owner: nothing changes. */
public record AssignPilotOwner(String pilotId, String owner, Instant assignedAt) implements PilotCommand {
}
