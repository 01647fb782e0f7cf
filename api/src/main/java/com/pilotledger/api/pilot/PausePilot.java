package com.pilotledger.api.pilot;

import java.time.Instant;

/** Pause a pilot: no further deployment until a new authorization. */
public record PausePilot(String pilotId, String reason, Instant decidedAt) implements PilotCommand {
}
