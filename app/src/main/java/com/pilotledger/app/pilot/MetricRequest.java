package com.pilotledger.app.pilot;

import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.MeasuredValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

import static com.pilotledger.api.input.FieldLimits.NAME;
import static com.pilotledger.api.input.FieldLimits.UNIT;

/** One measured metric backing a signal, e.g. "cost per task", 0.42, "USD". */
public record MetricRequest(
        @NotBlank(message = "Enter the name of the metric") @LineOfText(max = NAME) String name,
        @NotNull(message = "Enter the value the metric was measured at") @MeasuredValue BigDecimal value,
        @LineOfText(max = UNIT) String unit) {
}
