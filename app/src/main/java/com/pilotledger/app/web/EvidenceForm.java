package com.pilotledger.app.web;

import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;

/** The evidence that a gap-closure plan was carried out (the limits of {@code CompleteGapClosurePlanRequest}). */
public record EvidenceForm(@NotBlank(message = "Enter the evidence") @WrittenText String evidence) {
}
