package com.pilotledger.app.review;

import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One signal's status as a stakeholder gives it, with the evidence. */
public record SignalAssessmentRequest(
        @NotNull(message = "Choose Confirmed, Conditional or Failed") SignalStatus status,
        @NotBlank(message = "Enter the evidence") @WrittenText String evidence) {
}
