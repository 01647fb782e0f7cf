package com.pilotledger.app.capital;

import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** How many hours a request may wait for its second approval (one hour to one year), and why. */
public record ApprovalWindowRequest(
        @Min(value = 1, message = "must be at least 1 hour") @Max(value = 8760, message = "must be at most 8760 hours (a year)")
        int hours,
        @NotBlank(message = "Enter the reason") @WrittenText String reason) {
}
