package com.pilotledger.api.pilot;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * Ask to authorize a pilot to a posture with an amount of capital, a scope, conditions and a rationale. The capital
 * is the total authorized for the pilot from then on. The override justification is required only when the posture
 * is more permissive than the current recommendation. It takes effect once capital is reserved within the decider's
 * authority and, above the four-eyes threshold, once a second person approved. A scale decision (Authorize
 * Deployment) may project the production metrics it expects (KPI projections), which its 90-day review will test.
 */
public record AuthorizeInvestment(String pilotId, String requestId, Posture posture, Money capital, String scope,
                                  String conditions, String rationale, String overrideJustification,
                                  Instant decidedAt, List<KpiProjection> kpiProjections) implements PilotCommand {

    public AuthorizeInvestment {
        kpiProjections = kpiProjections == null ? List.of() : List.copyOf(kpiProjections);
    }

    /** An authorization that projects no KPI, as every Controlled Investment. */
    public AuthorizeInvestment(String pilotId, String requestId, Posture posture, Money capital, String scope,
                               String conditions, String rationale, String overrideJustification, Instant decidedAt) {
        this(pilotId, requestId, posture, capital, scope, conditions, rationale, overrideJustification, decidedAt,
                List.of());
    }
}
