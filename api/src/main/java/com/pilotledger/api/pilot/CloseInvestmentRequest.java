package com.pilotledger.api.pilot;

import java.time.Instant;
import java.util.Map;

/** Close the pilot's pending request without authorizing it; code and facts say why when it was refused. */
public record CloseInvestmentRequest(String pilotId, String requestId, RequestOutcome outcome, ErrorCode code,
                                     String reason, Map<String, String> facts, Instant closedAt)
        implements PilotCommand {
}
