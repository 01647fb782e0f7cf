package com.pilotledger.query.audit;

import com.pilotledger.api.review.GapClosurePlanCompleted;
import com.pilotledger.api.review.GapClosurePlanOverdue;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.api.review.GateReviewConvened;
import com.pilotledger.api.review.ScaleReadinessAssessed;
import com.pilotledger.api.review.StakeholderRole;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The audit's sentence for each gate review event (seed 002), in the article's words. */
final class GateReviewSummary {

    private GateReviewSummary() {
    }

    static Optional<String> of(Object event) {
        if (event instanceof GateReviewConvened e) {
            return Optional.of("Convened a gate review: " + Arrays.stream(StakeholderRole.values())
                    .map(role -> role.label() + " " + e.participants().get(role)).collect(Collectors.joining(", ")));
        }
        if (event instanceof ScaleReadinessAssessed e) {
            return Optional.of(e.role().label() + " " + e.participant() + " assessed the five signals"
                    + (e.participant().equals(e.recordedBy()) ? "" : " (recorded by " + e.recordedBy() + ")") + ": "
                    + e.assessments().stream().map(assessment -> assessment.signal().label() + " "
                    + assessment.status().label() + " (" + assessment.evidence() + ")")
                    .collect(Collectors.joining("; ")));
        }
        if (event instanceof GateReviewConcluded e) {
            return Optional.of("Gate review concluded: " + e.outcome().label() + ". " + e.signals().entrySet().stream()
                    .map(entry -> entry.getKey().label() + " " + entry.getValue().label())
                    .collect(Collectors.joining("; "))
                    + (e.gapClosurePlans().isEmpty() ? "" : ". Gap-closure plans: " + e.gapClosurePlans().stream()
                    .map(plan -> plan.signal().label() + ": " + plan.action() + " (owner " + plan.owner() + ", due "
                            + plan.dueAt() + ", " + AuditSummary.money(plan.investment()) + ")")
                    .collect(Collectors.joining("; ")))
                    + (e.rolesNotAssessed().isEmpty() ? "" : ". Did not assess: " + e.rolesNotAssessed().stream()
                    .map(StakeholderRole::label).collect(Collectors.joining(", "))));
        }
        if (event instanceof GapClosurePlanOverdue e) {
            return Optional.of("Gap-closure plan for " + e.signal().label() + " (owner " + e.owner()
                    + ") is overdue since " + e.dueAt());
        }
        if (event instanceof GapClosurePlanCompleted e) {
            return Optional.of("Gap-closure plan completed: " + e.evidence());
        }
        return Optional.empty();
    }
}
