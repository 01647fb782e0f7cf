package com.pilotledger.api.capital;

import java.time.Instant;

/** Freeze a paused pilot's committed capital: it stays committed, but no new capital until a new authorization. */
public record FreezePilotCapital(String pilotId, String reason, Instant frozenAt) implements CapitalCommand {
}
