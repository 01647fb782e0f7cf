package com.pilotledger.app.pilot;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** An amount of money as a client sends it: a decimal with at most two places and an ISO 4217 currency code. */
public record MoneyRequest(
        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {
}
