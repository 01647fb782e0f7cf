package com.pilotledger.app.pilot;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An executive's authorization (the limits of {@code AuthorizationForm}); the override justification is needed only
 * above the recommended posture. A scale decision (Authorize Deployment) may project up to one value per production
 * metric, which its 90-day review compares with production.
 */
public record AuthorizeInvestmentRequest(
        @NotNull(message = "Choose the posture") Posture posture,
        @NotNull(message = "Enter the capital") @Valid MoneyRequest capital,
        @NotBlank(message = "Enter the scope") @WrittenText String scope,
        @WrittenText String conditions,
        @NotBlank(message = "Enter the rationale") @WrittenText String rationale,
        @WrittenText String overrideJustification,
        @Size(max = 4, message = "Project each of the four production metrics at most once")
        List<@NotNull(message = "Enter the projection") @Valid KpiProjectionRequest> kpiProjections) {

    /** The projections as the pilot takes them; none when the request names none. */
    public List<KpiProjection> projections() {
        return kpiProjections == null ? List.of()
                : kpiProjections.stream().map(KpiProjectionRequest::projection).toList();
    }
}
