package com.pilotledger.api.ninetyday;

/** What a 90-day review found about the scale decision it reviewed. */
public enum ReviewFinding {
    /** Every KPI projection is materializing at production scale. */
    WELL_FOUNDED("Well founded: the KPI projections are materializing at production scale"),
    /** At least one KPI projection is not met, or was not measured in the review's period. */
    NOT_BORNE_OUT("Not borne out: some KPI projections are not materializing at production scale"),
    /** The scale decision projected no KPI, so the measurements cannot say whether it was well founded. */
    NO_PROJECTIONS("Not testable: the scale decision made no KPI projections");

    private final String words;

    ReviewFinding(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
