package com.pilotledger.app.review;

import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.StakeholderRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * One role's assessment of the five scale-readiness signals, one field per signal (named after it, see
 * {@link SignalFields}), on the API and in the pilot page's assessment form.
 */
public record AssessScaleReadinessRequest(
        @NotNull(message = "Choose the stakeholder role") StakeholderRole role,
        @NotNull(message = "Assess this signal") @Valid SignalAssessmentRequest businessKpisValidated,
        @NotNull(message = "Assess this signal") @Valid SignalAssessmentRequest dataInfrastructureReady,
        @NotNull(message = "Assess this signal") @Valid SignalAssessmentRequest governanceProtocolsTested,
        @NotNull(message = "Assess this signal") @Valid SignalAssessmentRequest endUsersPrepared,
        @NotNull(message = "Assess this signal") @Valid SignalAssessmentRequest operationalOwnershipClear) {

    /**
     * A signal left out is assessed as nothing (its own fields say what is missing), so the form shows every signal's
     * fields again after a refusal.
     */
    public AssessScaleReadinessRequest {
        businessKpisValidated = orEmpty(businessKpisValidated);
        dataInfrastructureReady = orEmpty(dataInfrastructureReady);
        governanceProtocolsTested = orEmpty(governanceProtocolsTested);
        endUsersPrepared = orEmpty(endUsersPrepared);
        operationalOwnershipClear = orEmpty(operationalOwnershipClear);
    }

    private static SignalAssessmentRequest orEmpty(SignalAssessmentRequest assessment) {
        return assessment == null ? new SignalAssessmentRequest(null, null) : assessment;
    }

    public List<SignalAssessment> assessments() {
        return SignalFields.each(List.of(businessKpisValidated, dataInfrastructureReady, governanceProtocolsTested,
                endUsersPrepared, operationalOwnershipClear), (ScaleReadinessSignal signal, SignalAssessmentRequest given) ->
                new SignalAssessment(signal, given.status(), given.evidence()));
    }
}
