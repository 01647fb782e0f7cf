package com.pilotledger.app.web;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The signal form of the pilot page; the metric (name, value, unit) is optional but comes whole. */
public record SignalForm(
        @NotNull StabilizationDomain domain,
        @NotNull ReadinessLevel level,
        @NotBlank @Size(max = 4000) String evidence,
        @Size(max = 400) String source,
        @Size(max = 200) String metricName,
        @Digits(integer = 15, fraction = 4) BigDecimal metricValue,
        @Size(max = 50) String metricUnit) {

    static SignalForm empty() {
        return new SignalForm(null, null, null, null, null, null, null);
    }

    boolean hasMetric() {
        return metricName != null && !metricName.isBlank();
    }
}
