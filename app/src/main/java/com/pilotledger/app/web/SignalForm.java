package com.pilotledger.app.web;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.MeasuredValue;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

import static com.pilotledger.api.input.FieldLimits.NAME;
import static com.pilotledger.api.input.FieldLimits.SOURCE;
import static com.pilotledger.api.input.FieldLimits.UNIT;

/**
 * The signal form of the pilot page, with the limits of the API's {@code RecordSignalRequest}; the metric (name,
 * value, unit) is optional but comes whole.
 */
public record SignalForm(
        @NotNull(message = "Choose the stabilization domain") StabilizationDomain domain,
        @NotNull(message = "Choose the readiness level") ReadinessLevel level,
        @NotBlank(message = "Enter the evidence") @WrittenText String evidence,
        @LineOfText(max = SOURCE) String source,
        @LineOfText(max = NAME) String metricName,
        @MeasuredValue BigDecimal metricValue,
        @LineOfText(max = UNIT) String metricUnit) {

    static SignalForm empty() {
        return new SignalForm(null, null, null, null, null, null, null);
    }

    boolean hasMetric() {
        return metricName != null && !metricName.isBlank();
    }
}
