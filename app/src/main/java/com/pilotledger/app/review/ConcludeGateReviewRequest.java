package com.pilotledger.app.review;

import jakarta.validation.Valid;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The conclusion of a gate review: a gap-closure plan for each signal the review finds Conditional, one field per
 * signal (named after it, see {@link SignalFields}), the others left out; on the API and in the conclusion form.
 */
public record ConcludeGateReviewRequest(@Valid GapClosurePlanRequest businessKpisValidated,
                                        @Valid GapClosurePlanRequest dataInfrastructureReady,
                                        @Valid GapClosurePlanRequest governanceProtocolsTested,
                                        @Valid GapClosurePlanRequest endUsersPrepared,
                                        @Valid GapClosurePlanRequest operationalOwnershipClear) {

    /** A plan left out is an empty one, so the form shows every plan's fields again after a refusal. */
    public ConcludeGateReviewRequest {
        businessKpisValidated = orEmpty(businessKpisValidated);
        dataInfrastructureReady = orEmpty(dataInfrastructureReady);
        governanceProtocolsTested = orEmpty(governanceProtocolsTested);
        endUsersPrepared = orEmpty(endUsersPrepared);
        operationalOwnershipClear = orEmpty(operationalOwnershipClear);
    }

    private static GapClosurePlanRequest orEmpty(GapClosurePlanRequest plan) {
        return plan == null ? new GapClosurePlanRequest(null, null, null, null) : plan;
    }

    public List<GateReviewDesk.PlanDraft> drafts() {
        return SignalFields.each(Arrays.asList(businessKpisValidated, dataInfrastructureReady,
                        governanceProtocolsTested, endUsersPrepared, operationalOwnershipClear),
                (signal, plan) -> plan == null || plan.isEmpty() ? null
                        : new GateReviewDesk.PlanDraft(signal, plan.action(), plan.owner(), plan.dueOn(),
                        plan.investment())).stream().filter(Objects::nonNull).toList();
    }
}
