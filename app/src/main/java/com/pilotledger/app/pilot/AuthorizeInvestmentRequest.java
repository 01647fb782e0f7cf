package com.pilotledger.app.pilot;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An executive's authorization (the limits of {@code AuthorizationForm}); the override justification is needed only
 * above the recommended posture.
 */
public record AuthorizeInvestmentRequest(
        @NotNull(message = "Choose the posture") Posture posture,
        @NotNull(message = "Enter the capital") @Valid MoneyRequest capital,
        @NotBlank(message = "Enter the scope") @WrittenText String scope,
        @WrittenText String conditions,
        @NotBlank(message = "Enter the rationale") @WrittenText String rationale,
        @WrittenText String overrideJustification) {
}
