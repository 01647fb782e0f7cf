package com.pilotledger.app.pilot;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A reading of one domain as a pilot owner records it; observedAt defaults to now, metric is optional. */
public record RecordSignalRequest(
        @NotNull StabilizationDomain domain,
        @NotNull ReadinessLevel level,
        @NotBlank @Size(max = 4000) String evidence,
        @Size(max = 400) String source,
        @PastOrPresent Instant observedAt,
        @Valid MetricRequest metric) {
}
