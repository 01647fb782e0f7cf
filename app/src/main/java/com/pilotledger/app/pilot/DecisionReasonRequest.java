package com.pilotledger.app.pilot;

import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;

/** Why a pilot is paused or killed, or why a request is rejected (the limits of {@code ReasonForm}). */
public record DecisionReasonRequest(@NotBlank(message = "Enter the reason") @WrittenText String reason) {
}
