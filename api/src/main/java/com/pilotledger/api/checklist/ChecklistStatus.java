package com.pilotledger.api.checklist;

/** How far one checklist item is (seed 004: "assessed as Complete, Partially Complete, or Not Started"). */
public enum ChecklistStatus {
    NOT_STARTED("Not started"),
    PARTIALLY_COMPLETE("Partially complete"),
    COMPLETE("Complete");

    private final String label;

    ChecklistStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
