package com.pilotledger.api.capital;

import java.time.Instant;

/** Give a request's reservation back to the pool, e.g. when the pilot could not record the authorization. */
public record ReleaseCapitalReservation(String requestId, String reason, Instant releasedAt) implements CapitalCommand {
}
