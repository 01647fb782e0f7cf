package com.pilotledger.api.ninetyday;

import com.pilotledger.api.metric.KpiProjection;

import java.time.Instant;
import java.util.List;

/**
 * The 90-day review of a pilot's latest scale decision: when it was authorized, falls due and becomes overdue, the KPI
 * projections, and once completed each projection against the median measured, the finding, the reviewer and their
 * conclusion. Flagged overdue stays true once the review was late, also after it is completed.
 */
public record NinetyDayReviewView(String pilotId, String requestId, NinetyDayReviewStatus status,
                                  Instant authorizedAt, Instant dueAt, Instant overdueAt, boolean flaggedOverdue,
                                  List<KpiProjection> projections, List<KpiOutcome> outcomes, ReviewFinding finding,
                                  Instant measuredFrom, Instant measuredTo, String conclusion, String reviewedBy,
                                  Instant completedAt) {
}
