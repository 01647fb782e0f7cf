package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.KpiProjection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The 90-day review of the pilot's latest scale decision (seed 002: "a formal 90-day review after production launch"):
 * scheduled when the authorization to Authorize Deployment takes effect, due 90 days later (a persisted deadline),
 * overdue when not completed within {@link #GRACE} after that (a second deadline), completed once. A later scale
 * decision replaces it: the review always follows the decision in force. Deadlines carry the request id, so one
 * left over from a replaced decision, or fired twice, changes nothing.
 */
final class NinetyDayReview {

    static final Duration DUE_AFTER = Duration.ofDays(90);
    /** Two weeks to convene the reviewers and complete the review once it is due. */
    static final Duration GRACE = Duration.ofDays(14);
    static final String FALLS_DUE = "ninety-day-review-falls-due";
    static final String BECOMES_OVERDUE = "ninety-day-review-becomes-overdue";

    private String requestId;
    private List<KpiProjection> projections;
    private Instant dueAt;
    private Instant overdueAt;
    private boolean due;
    private boolean overdue;
    private boolean completed;

    /** For a snapshot: Jackson restores the fields. */
    private NinetyDayReview() {
    }

    NinetyDayReview(String requestId, List<KpiProjection> projections, Instant dueAt, Instant overdueAt) {
        this.requestId = requestId;
        this.projections = List.copyOf(projections);
        this.dueAt = dueAt;
        this.overdueAt = overdueAt;
    }

    String requestId() {
        return requestId;
    }

    List<KpiProjection> projections() {
        return projections;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant overdueAt() {
        return overdueAt;
    }

    /** This decision's review has not fallen due yet: the due deadline of another decision, or a repeat, is ignored. */
    boolean fallsDue(String deadlineRequestId) {
        return requestId.equals(deadlineRequestId) && !due;
    }

    /** This decision's review fell due and is still not completed, and was not flagged before. */
    boolean becomesOverdue(String deadlineRequestId) {
        return requestId.equals(deadlineRequestId) && due && !completed && !overdue;
    }

    /** Due and not yet completed: a reviewer may complete it. */
    boolean isOpen() {
        return due && !completed;
    }

    void markDue() {
        due = true;
    }

    void markOverdue() {
        overdue = true;
    }

    void markCompleted() {
        completed = true;
    }
}
