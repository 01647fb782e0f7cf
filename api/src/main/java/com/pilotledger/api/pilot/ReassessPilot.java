package com.pilotledger.api.pilot;

import java.time.Instant;

/**
 * Assess a pilot's readings again under the readiness policy in force at the given instant; a recommendation is
 * recorded only when it differs, so reassessing twice records nothing the second time.
 */
public record ReassessPilot(String pilotId, Instant reassessedAt) implements PilotCommand {
}
