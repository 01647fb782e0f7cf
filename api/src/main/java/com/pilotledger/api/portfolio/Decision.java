package com.pilotledger.api.portfolio;

import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.Posture;

import java.time.Instant;

/**
 * One decision about a pilot, as taken: for an authorization the capital, scope, conditions, the recommendation it
 * was made against, and the authority of the decider (and of the approver under four-eyes); for pause and kill the
 * reason (held in rationale). Fields that do not apply are null.
 */
public record Decision(DecisionKind kind, String requestId, Posture posture, Money capital, String scope,
                       String conditions, String rationale, Posture recommendedPosture, boolean override,
                       String overrideJustification, String decidedBy, Authority deciderAuthority, String approvedBy,
                       Authority approverAuthority, Instant decidedAt) {
}
