package com.pilotledger.app.web;

import com.pilotledger.api.pilot.Posture;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The authorization form of the pilot page; the justification is needed only above the recommendation. */
public record AuthorizationForm(
        @NotNull Posture posture,
        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal capital,
        @NotBlank @Size(max = 4000) String scope,
        @Size(max = 4000) String conditions,
        @NotBlank @Size(max = 4000) String rationale,
        @Size(max = 4000) String overrideJustification) {

    static AuthorizationForm empty() {
        return new AuthorizationForm(null, null, null, null, null, null);
    }
}
