package com.pilotledger.api.pilot;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Someone asked to authorize a posture and capital for a pilot; the decision is judged against the recommendation
 * of that moment (override) and waits for capital and, where needed, a second approval. KPI projections are null in
 * events recorded before decisions could carry them.
 */
public record InvestmentAuthorizationRequested(String pilotId, String requestId, Posture posture, Money capital,
                                               String scope, String conditions, String rationale,
                                               Posture recommendedPosture, boolean override,
                                               String overrideJustification, String requestedBy,
                                               Set<String> requestedByRoles, Instant requestedAt,
                                               List<KpiProjection> kpiProjections) implements PilotEvent {
}
