package com.pilotledger.app.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a pilot is paused or killed, or why a request is rejected. */
public record ReasonForm(@NotBlank @Size(max = 4000) String reason) {

    static ReasonForm empty() {
        return new ReasonForm(null);
    }
}
