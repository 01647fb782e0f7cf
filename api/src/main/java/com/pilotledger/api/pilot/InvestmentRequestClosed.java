package com.pilotledger.api.pilot;

import java.time.Instant;
import java.util.Map;

/** A pending authorization request ended without an authorization: refused, rejected, expired or cancelled. */
public record InvestmentRequestClosed(String pilotId, String requestId, RequestOutcome outcome, ErrorCode code,
                                      String reason, Map<String, String> facts, Instant closedAt)
        implements PilotEvent {
}
