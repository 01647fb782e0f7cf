package com.pilotledger.app.checklist;

import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One checklist item's assessment as a pilot owner or portfolio manager sends it (the limits of the page's form). */
public record AssessChecklistItemRequest(
        @NotNull(message = "Choose the checklist item") ChecklistCriterion criterion,
        @NotNull(message = "Choose the status") ChecklistStatus status,
        @NotBlank(message = "Enter the evidence") @WrittenText String evidence) {
}
