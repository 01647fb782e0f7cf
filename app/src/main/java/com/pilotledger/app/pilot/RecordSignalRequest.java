package com.pilotledger.app.pilot;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.app.input.FieldMessages;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WithinTime;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.Instant;

import static com.pilotledger.api.input.FieldLimits.SOURCE;

/**
 * A reading of one domain as a pilot owner records it (the limits of {@code SignalForm}); observedAt defaults to now
 * and lies between 1970 and now, metric is optional.
 */
public record RecordSignalRequest(
        @NotNull(message = "Choose the stabilization domain") StabilizationDomain domain,
        @NotNull(message = "Choose the readiness level") ReadinessLevel level,
        @NotBlank(message = "Enter the evidence") @WrittenText String evidence,
        @LineOfText(max = SOURCE) String source,
        @WithinTime @PastOrPresent(message = FieldMessages.NOT_IN_FUTURE) Instant observedAt,
        @Valid MetricRequest metric) {
}
