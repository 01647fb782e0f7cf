package com.pilotledger.app.capital;

import com.pilotledger.app.input.WrittenText;
import com.pilotledger.app.pilot.MoneyRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An amount an administrator sets (a budget, a limit, a threshold) and why. */
public record AmountDecisionRequest(@NotNull(message = "Enter the amount") @Valid MoneyRequest amount,
                                    @NotBlank(message = "Enter the reason") @WrittenText String reason) {
}
