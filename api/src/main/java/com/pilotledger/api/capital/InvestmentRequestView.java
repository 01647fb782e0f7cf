package com.pilotledger.api.capital;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.Posture;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One authorization request as the approvals inbox and its maker see it. Decided by is the checker who approved or
 * rejected it; code, reason and facts say why it was refused, rejected or closed. Scope, conditions, rationale, the
 * recommendation it was made against, the override and the KPI projections are what its maker wrote.
 */
public record InvestmentRequestView(String requestId, String pilotId, String pilotName, Posture posture, Money total,
                                    Money reserved, String maker, RequestStatus status, boolean secondApprovalRequired,
                                    String decidedBy, ErrorCode code, String reason, Map<String, String> facts,
                                    Instant requestedAt, Instant expiresAt, Instant decidedAt, String scope,
                                    String conditions, String rationale, Posture recommendedPosture, boolean override,
                                    String overrideJustification, List<KpiProjection> kpiProjections) {
}
