package com.pilotledger.app.web;

import com.pilotledger.app.input.Amount;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

import static com.pilotledger.api.input.FieldLimits.METRIC_DESCRIPTION;
import static com.pilotledger.api.input.FieldLimits.NAME;

/**
 * The registration form of the board page, with the limits of the API's {@code RegisterPilotRequest}; capital is in
 * the portfolio currency. Whether it is positive is the pilot's rule, not a field limit.
 */
public record RegisterPilotForm(
        @NotBlank(message = "Enter the name of the pilot") @LineOfText(max = NAME) String name,
        @NotBlank(message = "Enter the business unit") @LineOfText(max = NAME) String businessUnit,
        @NotBlank(message = "Enter the sponsor") @LineOfText(max = NAME) String sponsor,
        @NotBlank(message = "Enter the operational owner") @LineOfText(max = NAME) String operationalOwner,
        @NotBlank(message = "Enter the problem statement") @WrittenText String problemStatement,
        @NotBlank(message = "Enter the baseline metric") @WrittenText(max = METRIC_DESCRIPTION) String baselineMetric,
        @NotBlank(message = "Enter the target metric") @WrittenText(max = METRIC_DESCRIPTION) String targetMetric,
        @NotNull(message = "Enter the requested capital") @Amount BigDecimal requestedCapital,
        @NotBlank(message = "Enter the kill criteria") @WrittenText String killCriteria) {

    static RegisterPilotForm empty() {
        return new RegisterPilotForm(null, null, null, null, null, null, null, null, null);
    }
}
