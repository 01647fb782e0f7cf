package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.review.GapClosurePlan;
import com.pilotledger.api.review.GapClosurePlanCompleted;
import com.pilotledger.api.review.GapClosurePlanOverdue;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.command.rule.RuleViolation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pilot's gap-closure plans not yet completed, and whether each was flagged overdue. A completed plan is
 * forgotten, so the pilot and its snapshots hold only the plans still tracked. Each plan's due date is a persisted
 * deadline ({@link #DUE}); it may fire twice, or after the plan was completed, so it flags a plan at most once and
 * never a completed one.
 */
final class GapClosurePlans {

    /** The deadline, scheduled at each plan's due date with the plan's id as its payload. */
    static final String DUE = "gap-closure-plan-due";

    /** Keyed by plan id, in the order they were planned. */
    private final LinkedHashMap<String, Tracked> open = new LinkedHashMap<>();

    /** A plan still tracked: the review that planned it, and whether it was flagged overdue. */
    record Tracked(String reviewId, GapClosurePlan plan, boolean overdue) {
    }

    /** The open plan a completion names; an unknown or completed plan is refused. */
    Tracked toComplete(String planId) {
        Tracked tracked = open.get(planId);
        if (tracked == null) {
            throw new RuleViolation(ErrorCode.GAP_CLOSURE_PLAN_NOT_FOUND,
                    "No open gap-closure plan " + planId + " for this pilot", Map.of("planId", String.valueOf(planId)));
        }
        return tracked;
    }

    /** The flag to raise when a plan's deadline fires: none if it was completed or is flagged already. */
    Optional<GapClosurePlanOverdue> dueNow(String pilotId, String planId) {
        Tracked tracked = open.get(planId);
        if (tracked == null || tracked.overdue()) {
            return Optional.empty();
        }
        GapClosurePlan plan = tracked.plan();
        return Optional.of(new GapClosurePlanOverdue(pilotId, tracked.reviewId(), planId, plan.signal(), plan.owner(),
                plan.dueAt()));
    }

    void planned(GateReviewConcluded event) {
        event.gapClosurePlans().forEach(plan -> open.put(plan.planId(), new Tracked(event.reviewId(), plan, false)));
    }

    void overdue(GapClosurePlanOverdue event) {
        open.computeIfPresent(event.planId(), (id, tracked) -> new Tracked(tracked.reviewId(), tracked.plan(), true));
    }

    void completed(GapClosurePlanCompleted event) {
        open.remove(event.planId());
    }
}
