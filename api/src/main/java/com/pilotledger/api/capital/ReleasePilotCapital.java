package com.pilotledger.api.capital;

import java.time.Instant;

/** Give everything committed or reserved for a pilot back to the pool (a killed pilot keeps no capital). */
public record ReleasePilotCapital(String pilotId, String reason, Instant releasedAt) implements CapitalCommand {
}
