package com.pilotledger.app.capital;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How many hours a request may wait for its second approval (one hour to one year), and why. */
public record ApprovalWindowRequest(@Min(1) @Max(8760) int hours, @NotBlank @Size(max = 4000) String reason) {
}
