package com.pilotledger.app.review;

import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WrittenText;
import com.pilotledger.app.pilot.MoneyRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

import static com.pilotledger.api.input.FieldLimits.NAME;

/** How a Conditional signal will be closed: what, who owns it, the day it is due, the investment it needs. */
public record GapClosurePlanRequest(
        @NotNull(message = "Choose the signal") ScaleReadinessSignal signal,
        @NotBlank(message = "Say what will be done") @WrittenText String action,
        @NotBlank(message = "Name the owner") @LineOfText(max = NAME) String owner,
        @NotNull(message = "Enter the due date") LocalDate dueOn,
        @NotNull(message = "Enter the investment") @Valid MoneyRequest investment) {
}
