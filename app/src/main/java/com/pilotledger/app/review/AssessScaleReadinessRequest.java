package com.pilotledger.app.review;

import com.pilotledger.api.review.StakeholderRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One role's assessment: each of the five signals once (the pilot refuses a missing or repeated signal). */
public record AssessScaleReadinessRequest(
        @NotNull(message = "Choose the stakeholder role") StakeholderRole role,
        @NotNull(message = "Assess the five signals")
        @Size(min = 5, max = 5, message = "must give each of the five signals once")
        List<@Valid @NotNull SignalAssessmentRequest> assessments) {
}
