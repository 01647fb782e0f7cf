package com.pilotledger.api.portfolio;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.Posture;

import java.time.Instant;

/**
 * One decision about a pilot, as taken: for an authorization the capital, scope, conditions and the recommendation
 * it was made against; for pause and kill the reason (held in rationale). Fields that do not apply are null.
 */
public record Decision(DecisionKind kind, Posture posture, Money capital, String scope, String conditions,
                       String rationale, Posture recommendedPosture, boolean override, String overrideJustification,
                       String decidedBy, Instant decidedAt) {
}
