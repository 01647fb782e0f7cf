package com.pilotledger.app.web;

import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The checklist form of the pilot page, with the limits of the API's {@code AssessChecklistItemRequest}. Its evidence
 * field has a name of its own: the signal form on the same page already has an {@code evidence} field.
 */
public record ChecklistForm(
        @NotNull(message = "Choose the checklist item") ChecklistCriterion criterion,
        @NotNull(message = "Choose the status") ChecklistStatus status,
        @NotBlank(message = "Enter the evidence") @WrittenText String checklistEvidence) {

    static ChecklistForm empty() {
        return new ChecklistForm(null, null, null);
    }
}
