package com.pilotledger.app.pilot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a pilot is paused or killed. */
public record DecisionReasonRequest(@NotBlank @Size(max = 4000) String reason) {
}
