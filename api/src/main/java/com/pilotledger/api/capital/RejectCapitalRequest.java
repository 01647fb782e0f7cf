package com.pilotledger.api.capital;

import java.time.Instant;

/** Reject a request waiting for a second person, with the reason; the checker is the user who sends this command. */
public record RejectCapitalRequest(String requestId, String reason, Instant decidedAt) implements CapitalCommand {
}
