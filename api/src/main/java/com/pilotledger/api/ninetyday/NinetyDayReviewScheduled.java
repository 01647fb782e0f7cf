package com.pilotledger.api.ninetyday;

import com.pilotledger.api.metric.KpiProjection;

import java.time.Instant;
import java.util.List;

/**
 * A scale decision (an authorization to Authorize Deployment) took effect, so its 90-day review falls due 90 days
 * later and is flagged overdue if not completed by the overdue instant; it will compare the decision's KPI projections
 * (possibly none) with the measured metrics.
 */
public record NinetyDayReviewScheduled(String pilotId, String requestId, List<KpiProjection> projections,
                                       Instant authorizedAt, Instant dueAt, Instant overdueAt)
        implements NinetyDayReviewEvent {
}
