package com.pilotledger.api.review;

/** What a concluded gate review decided (seed 002): proceed, continue in pre-production, or pause the discussion. */
public enum GateReviewOutcome {
    /** Every signal Confirmed: the scale decision may be made. */
    PROCEED("Proceed to the scale decision"),
    /** Some signal Conditional, none Failed: a gap-closure plan per Conditional signal before production. */
    CONTINUE_IN_PRE_PRODUCTION("Continue in pre-production with a gap-closure plan"),
    /** Some signal Failed: no scale decision until the structural issue is resolved. */
    SCALE_DISCUSSION_PAUSED("Scale discussion paused until the structural issue is resolved");

    private final String label;

    GateReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
