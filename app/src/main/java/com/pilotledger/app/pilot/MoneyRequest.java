package com.pilotledger.app.pilot;

import com.pilotledger.app.input.Amount;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** An amount of money as a client sends it: a decimal with at most two places and an ISO 4217 currency code. */
public record MoneyRequest(
        @NotNull(message = "Enter the amount") @Amount BigDecimal amount,
        @NotNull(message = "Enter the currency")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {
}
