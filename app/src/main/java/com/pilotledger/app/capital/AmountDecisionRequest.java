package com.pilotledger.app.capital;

import com.pilotledger.app.pilot.MoneyRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An amount an administrator sets (a budget, a limit, a threshold) and why. */
public record AmountDecisionRequest(@NotNull @Valid MoneyRequest amount, @NotBlank @Size(max = 4000) String reason) {
}
