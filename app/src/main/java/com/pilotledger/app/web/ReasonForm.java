package com.pilotledger.app.web;

import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;

/** Why a pilot is paused or killed, or why a request is rejected (the limits of {@code DecisionReasonRequest}). */
public record ReasonForm(@NotBlank(message = "Enter the reason") @WrittenText String reason) {

    static ReasonForm empty() {
        return new ReasonForm(null);
    }
}
