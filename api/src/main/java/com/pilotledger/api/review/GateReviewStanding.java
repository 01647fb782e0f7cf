package com.pilotledger.api.review;

/**
 * Where one pilot's gate review stands: a review open (convened, not concluded), the outcome of the latest concluded
 * one (null if none), and whether a gap-closure plan is overdue.
 */
public record GateReviewStanding(String pilotId, boolean reviewOpen, GateReviewOutcome latestOutcome,
                                 boolean gapClosurePlanOverdue) {
}
