package com.pilotledger.command.pilot;

import com.pilotledger.api.review.GapClosurePlan;
import com.pilotledger.api.review.GateReviewOutcome;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.Verdict;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of a gate review (seed 002). Each signal takes the most severe status any role gave it: one stakeholder
 * who finds a gap is enough for the review to see it. Then a Failed signal pauses the scale discussion, else a
 * Conditional one continues the pilot in pre-production with a gap-closure plan for each Conditional signal, else
 * (all five Confirmed) the review proceeds to the scale decision. Pure, so each combination is tested on its own.
 */
final class GateReviewOutcomeRule {

    private GateReviewOutcomeRule() {
    }

    /** Per signal, the most severe status among the roles' assessments (each assessment covers all five signals). */
    static Map<ScaleReadinessSignal, SignalStatus> signalStatuses(Collection<List<SignalAssessment>> byRole) {
        EnumMap<ScaleReadinessSignal, SignalStatus> statuses = new EnumMap<>(ScaleReadinessSignal.class);
        byRole.stream().flatMap(List::stream).forEach(assessment -> statuses.merge(assessment.signal(),
                assessment.status(), (one, other) -> one.compareTo(other) >= 0 ? one : other));
        return statuses;
    }

    static GateReviewOutcome outcome(Map<ScaleReadinessSignal, SignalStatus> statuses) {
        if (statuses.containsValue(SignalStatus.FAILED)) {
            return GateReviewOutcome.SCALE_DISCUSSION_PAUSED;
        }
        if (statuses.containsValue(SignalStatus.CONDITIONAL)) {
            return GateReviewOutcome.CONTINUE_IN_PRE_PRODUCTION;
        }
        return GateReviewOutcome.PROCEED;
    }

    /**
     * A review that continues in pre-production names one plan per Conditional signal, each with what, an owner, a
     * due date after the conclusion and an investment of zero or more; any other review names none (a Failed signal
     * needs more than a plan, a Confirmed one nothing).
     */
    static Verdict plansCover(Map<ScaleReadinessSignal, SignalStatus> statuses, List<GapClosurePlan> plans,
                              Instant concludedAt) {
        Set<ScaleReadinessSignal> conditional = outcome(statuses) == GateReviewOutcome.CONTINUE_IN_PRE_PRODUCTION
                ? statuses.entrySet().stream().filter(entry -> entry.getValue() == SignalStatus.CONDITIONAL)
                .map(Map.Entry::getKey).collect(Collectors.toSet())
                : Set.of();
        List<ScaleReadinessSignal> planned = plans.stream().map(GapClosurePlan::signal).toList();
        if (planned.size() != conditional.size() || !Set.copyOf(planned).equals(conditional)) {
            return Verdict.refused(ErrorCode.GAP_CLOSURE_PLAN_REQUIRED, conditional.isEmpty()
                    ? "Gap-closure plans are only for a review that continues in pre-production"
                    : "Give one gap-closure plan for each Conditional signal: " + conditional.stream().sorted()
                    .map(ScaleReadinessSignal::label).collect(Collectors.joining(", ")));
        }
        for (GapClosurePlan plan : plans) {
            if (isBlank(plan.action()) || isBlank(plan.owner()) || plan.dueAt() == null || plan.investment() == null
                    || plan.investment().amount().compareTo(BigDecimal.ZERO) < 0) {
                return Verdict.refused(ErrorCode.GAP_CLOSURE_PLAN_REQUIRED, "The gap-closure plan for "
                        + plan.signal().label() + " needs what will be done, an owner, a due date and an investment");
            }
            if (!plan.dueAt().isAfter(concludedAt)) {
                return Verdict.refused(ErrorCode.GAP_CLOSURE_PLAN_REQUIRED, "The gap-closure plan for "
                        + plan.signal().label() + " is due before the review concludes");
            }
        }
        return Verdict.allowed();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
