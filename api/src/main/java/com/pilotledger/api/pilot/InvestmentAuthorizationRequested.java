package com.pilotledger.api.pilot;

import com.pilotledger.api.money.Money;

import java.time.Instant;
import java.util.Set;

/**
 * Someone asked to authorize a posture and capital for a pilot; the decision is judged against the recommendation
 * of that moment (override) and waits for capital and, where needed, a second approval.
 */
public record InvestmentAuthorizationRequested(String pilotId, String requestId, Posture posture, Money capital,
                                               String scope, String conditions, String rationale,
                                               Posture recommendedPosture, boolean override,
                                               String overrideJustification, String requestedBy,
                                               Set<String> requestedByRoles, Instant requestedAt) implements PilotEvent {
}
