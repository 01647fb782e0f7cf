package com.pilotledger.api.pilot;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/**
 * Authorize a pilot to a posture with an amount of capital, a scope, conditions and a rationale. The capital is
 * the total authorized for the pilot from now on. The override justification is required only when the posture is
 * more permissive than the current recommendation; it may be null otherwise.
 */
public record AuthorizeInvestment(String pilotId, Posture posture, Money capital, String scope, String conditions,
                                  String rationale, String overrideJustification,
                                  Instant decidedAt) implements PilotCommand {
}
