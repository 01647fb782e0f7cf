package com.pilotledger.api.pilot;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/**
 * An executive authorized a posture and capital for a pilot. Override marks a decision more permissive than the
 * recommendation it was made against; the justification is then always present.
 */
public record InvestmentAuthorized(String pilotId, Posture posture, Money capital, String scope, String conditions,
                                   String rationale, Posture recommendedPosture, boolean override,
                                   String overrideJustification, String decidedBy,
                                   Instant decidedAt) implements PilotEvent {
}
