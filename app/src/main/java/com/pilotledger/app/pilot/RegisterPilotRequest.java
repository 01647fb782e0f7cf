package com.pilotledger.app.pilot;

import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import static com.pilotledger.api.input.FieldLimits.METRIC_DESCRIPTION;
import static com.pilotledger.api.input.FieldLimits.NAME;

/** The business case of a pilot as a portfolio manager registers it (the limits of {@code RegisterPilotForm}). */
public record RegisterPilotRequest(
        @NotBlank(message = "Enter the name of the pilot") @LineOfText(max = NAME) String name,
        @NotBlank(message = "Enter the business unit") @LineOfText(max = NAME) String businessUnit,
        @NotBlank(message = "Enter the sponsor") @LineOfText(max = NAME) String sponsor,
        @NotBlank(message = "Enter the operational owner") @LineOfText(max = NAME) String operationalOwner,
        @NotBlank(message = "Enter the problem statement") @WrittenText String problemStatement,
        @NotBlank(message = "Enter the baseline metric") @WrittenText(max = METRIC_DESCRIPTION) String baselineMetric,
        @NotBlank(message = "Enter the target metric") @WrittenText(max = METRIC_DESCRIPTION) String targetMetric,
        @NotNull(message = "Enter the requested capital") @Valid MoneyRequest requestedCapital,
        @NotBlank(message = "Enter the kill criteria") @WrittenText String killCriteria) {
}
