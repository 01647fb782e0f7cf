package com.pilotledger.app.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The registration form of the board page; capital is in the portfolio currency. */
public record RegisterPilotForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String businessUnit,
        @NotBlank @Size(max = 200) String sponsor,
        @NotBlank @Size(max = 200) String operationalOwner,
        @NotBlank @Size(max = 4000) String problemStatement,
        @NotBlank @Size(max = 1000) String baselineMetric,
        @NotBlank @Size(max = 1000) String targetMetric,
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal requestedCapital,
        @NotBlank @Size(max = 4000) String killCriteria) {

    static RegisterPilotForm empty() {
        return new RegisterPilotForm(null, null, null, null, null, null, null, null, null);
    }
}
