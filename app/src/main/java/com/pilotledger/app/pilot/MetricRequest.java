package com.pilotledger.app.pilot;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** One measured metric backing a signal, e.g. "cost per task", 0.42, "USD". */
public record MetricRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
        @Size(max = 50) String unit) {
}
