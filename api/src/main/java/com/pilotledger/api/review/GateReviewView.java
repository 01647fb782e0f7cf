package com.pilotledger.api.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One gate review: who sits in each role, each role's latest assessment of each signal, and once concluded the status
 * of each signal, the outcome and the roles that did not assess (outcome null: still open).
 */
public record GateReviewView(String reviewId, Map<StakeholderRole, String> participants, String convenedBy,
                             Instant convenedAt, List<RoleAssessmentView> assessments, GateReviewOutcome outcome,
                             Map<ScaleReadinessSignal, SignalStatus> signals, List<StakeholderRole> rolesNotAssessed,
                             String concludedBy, Instant concludedAt) {

    /** The assessment of one cell of the roles x signals matrix, or null when that role has not assessed. */
    public RoleAssessmentView cell(StakeholderRole role, ScaleReadinessSignal signal) {
        return assessments.stream().filter(assessment -> assessment.role() == role && assessment.signal() == signal)
                .findFirst().orElse(null);
    }
}
