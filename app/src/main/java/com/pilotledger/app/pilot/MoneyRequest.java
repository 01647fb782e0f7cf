package com.pilotledger.app.pilot;

import com.pilotledger.app.MoneyJson;
import com.pilotledger.app.input.Amount;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/**
 * An amount of money as a client sends it: a decimal with at most two places, as a JSON string ({@code "1200000.00"},
 * as answers write it) or a JSON number, read exactly either way, and an ISO 4217 currency code.
 */
public record MoneyRequest(
        @Schema(type = "string", format = "decimal", example = MoneyJson.EXAMPLE, description = MoneyJson.AMOUNT)
        @NotNull(message = "Enter the amount") @Amount BigDecimal amount,
        @NotNull(message = "Enter the currency")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {
}
