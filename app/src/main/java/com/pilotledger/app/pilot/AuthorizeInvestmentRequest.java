package com.pilotledger.app.pilot;

import com.pilotledger.api.pilot.Posture;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An executive's authorization; the override justification is needed only above the recommended posture. */
public record AuthorizeInvestmentRequest(
        @NotNull Posture posture,
        @NotNull @Valid MoneyRequest capital,
        @NotBlank @Size(max = 4000) String scope,
        @Size(max = 4000) String conditions,
        @NotBlank @Size(max = 4000) String rationale,
        @Size(max = 4000) String overrideJustification) {
}
