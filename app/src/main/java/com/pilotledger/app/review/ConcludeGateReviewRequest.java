package com.pilotledger.app.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A gap-closure plan for each Conditional signal (none when no signal is Conditional, or one Failed). */
public record ConcludeGateReviewRequest(
        @Size(max = 5, message = "must hold at most one plan per signal")
        List<@Valid @NotNull GapClosurePlanRequest> gapClosurePlans) {
}
