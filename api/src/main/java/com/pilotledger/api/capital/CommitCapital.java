package com.pilotledger.api.capital;

import java.time.Instant;

/** Turn a request's reservation into the pilot's commitment, once the pilot recorded the authorization. */
public record CommitCapital(String requestId, Instant committedAt) implements CapitalCommand {
}
