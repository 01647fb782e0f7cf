package com.pilotledger.api.pilot;

import com.pilotledger.api.capital.Authority;

import java.time.Instant;

/** Record the pilot's pending request as authorized: its capital is reserved and, if needed, a second person approved. */
public record CompleteInvestmentAuthorization(String pilotId, String requestId, Authority deciderAuthority,
                                              String approvedBy, Authority approverAuthority,
                                              Instant decidedAt) implements PilotCommand {
}
