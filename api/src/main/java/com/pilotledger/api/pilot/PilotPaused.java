package com.pilotledger.api.pilot;

import java.time.Instant;

/** A pilot was paused, with the reason and the posture it was paused from. */
public record PilotPaused(String pilotId, String reason, Posture pausedFrom, String decidedBy,
                          Instant decidedAt) implements PilotEvent {
}
