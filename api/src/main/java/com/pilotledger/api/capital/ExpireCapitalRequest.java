package com.pilotledger.api.capital;

import java.time.Instant;

/** The approval window of a request closed; if it is still waiting, it expires. */
public record ExpireCapitalRequest(String requestId, Instant expiredAt) implements CapitalCommand {
}
