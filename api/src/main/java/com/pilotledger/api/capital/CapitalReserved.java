package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ConcernsPilot;
import com.pilotledger.api.pilot.Posture;

import java.time.Instant;

/**
 * Capital was set aside for a request: reserved is what it adds to the pilot's commitment (never negative). When a
 * second approval is required the request waits for a checker until expiresAt; otherwise expiresAt is null.
 */
public record CapitalReserved(String requestId, String pilotId, Posture posture, Money total, Money reserved,
                              String maker, Authority makerAuthority, boolean secondApprovalRequired,
                              Instant expiresAt, Instant reservedAt) implements ConcernsPilot {
}
