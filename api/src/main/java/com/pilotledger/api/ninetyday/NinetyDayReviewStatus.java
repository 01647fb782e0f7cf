package com.pilotledger.api.ninetyday;

/** Where a scale decision's 90-day review stands. */
public enum NinetyDayReviewStatus {
    SCHEDULED("Scheduled"),
    DUE("90-day review due"),
    OVERDUE("90-day review overdue"),
    COMPLETED("Completed");

    private final String label;

    NinetyDayReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Due or overdue: waiting for a reviewer, flagged on the board. */
    public boolean isWaiting() {
        return this == DUE || this == OVERDUE;
    }
}
