package com.pilotledger.app.review;

import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;

/** The evidence that a gap-closure plan was carried out. */
public record CompleteGapClosurePlanRequest(@NotBlank(message = "Enter the evidence") @WrittenText String evidence) {
}
