package com.pilotledger.api.ninetyday;

import java.time.Instant;
import java.util.List;

/**
 * The 90-day review of a scale decision was completed: each KPI projection against the median measured over the period
 * [from, to), the finding (was the decision well founded), who reviewed it and their conclusion in words.
 */
public record NinetyDayReviewCompleted(String pilotId, String requestId, List<KpiOutcome> outcomes,
                                       ReviewFinding finding, Instant measuredFrom, Instant measuredTo,
                                       String conclusion, String reviewedBy, Instant completedAt)
        implements NinetyDayReviewEvent {
}
