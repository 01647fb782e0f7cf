package com.pilotledger.api.capital;

import java.time.Instant;

/** Approve a request waiting for a second person; the checker is the user who sends this command. */
public record ApproveCapitalRequest(String requestId, Instant decidedAt) implements CapitalCommand {
}
