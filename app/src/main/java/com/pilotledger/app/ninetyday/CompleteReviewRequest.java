package com.pilotledger.app.ninetyday;

import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;

/** The reviewer's conclusion on a 90-day review, in words (the limits of the pilot page's review form). */
public record CompleteReviewRequest(@NotBlank(message = "Enter the conclusion") @WrittenText String conclusion) {
}
