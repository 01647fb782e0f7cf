package com.pilotledger.api.pilot;

import java.time.Instant;

/** A pilot was killed; it accepts no further command. */
public record PilotKilled(String pilotId, String reason, String decidedBy, Instant decidedAt) implements PilotEvent {
}
