package com.pilotledger.app.web;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.app.input.Amount;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * The authorization form of the pilot page, with the limits of the API's {@code AuthorizeInvestmentRequest}; the
 * justification is needed only above the recommendation.
 */
public record AuthorizationForm(
        @NotNull(message = "Choose the posture") Posture posture,
        @NotNull(message = "Enter the capital") @Amount BigDecimal capital,
        @NotBlank(message = "Enter the scope") @WrittenText String scope,
        @WrittenText String conditions,
        @NotBlank(message = "Enter the rationale") @WrittenText String rationale,
        @WrittenText String overrideJustification) {

    static AuthorizationForm empty() {
        return new AuthorizationForm(null, null, null, null, null, null);
    }
}
