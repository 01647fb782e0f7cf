package com.pilotledger.api.pilot;

import java.time.Instant;

/** Kill a pilot for good; kill is final. */
public record KillPilot(String pilotId, String reason, Instant decidedAt) implements PilotCommand {
}
