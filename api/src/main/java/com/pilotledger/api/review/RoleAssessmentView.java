package com.pilotledger.api.review;

import java.time.Instant;

/** One role's status of one signal in a gate review, with its evidence, for whom and by whom it was recorded. */
public record RoleAssessmentView(StakeholderRole role, String participant, ScaleReadinessSignal signal,
                                 SignalStatus status, String evidence, String recordedBy, Instant assessedAt) {
}
