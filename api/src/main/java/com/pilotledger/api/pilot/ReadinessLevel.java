package com.pilotledger.api.pilot;

/** The level of one domain reading; the gate-review words Failed / Conditional / Confirmed map onto these one to one. */
public enum ReadinessLevel {
    UNSETTLED("Unsettled", "Failed"),
    STABILIZING("Stabilizing", "Conditional"),
    ESTABLISHED("Established", "Confirmed");

    private final String label;
    private final String gateReviewWord;

    ReadinessLevel(String label, String gateReviewWord) {
        this.label = label;
        this.gateReviewWord = gateReviewWord;
    }

    public String label() {
        return label;
    }

    public String gateReviewWord() {
        return gateReviewWord;
    }
}
