package com.pilotledger.api.pilot;

import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * A posture and capital were authorized for a pilot. Override marks a decision more permissive than the
 * recommendation it was made against, with its justification. The decider's authority (and, under four-eyes, the
 * approver's) is the limit each acted under at that moment; approvedBy is null when no second approval was needed.
 * KPI projections (what a scale decision expects in production) are null in events recorded before decisions
 * carried them.
 */
public record InvestmentAuthorized(String pilotId, String requestId, Posture posture, Money capital, String scope,
                                   String conditions, String rationale, Posture recommendedPosture, boolean override,
                                   String overrideJustification, String decidedBy, Authority deciderAuthority,
                                   String approvedBy, Authority approverAuthority,
                                   Instant decidedAt, List<KpiProjection> kpiProjections) implements PilotEvent {
}
