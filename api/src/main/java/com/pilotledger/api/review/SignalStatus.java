package com.pilotledger.api.review;

/**
 * How one stakeholder found one scale-readiness signal, in the order of severity: Confirmed (the signal is present),
 * Conditional (it can be achieved within a defined timeframe with specific investments), Failed (it cannot be achieved
 * without addressing structural gaps that require significant additional investment).
 */
public enum SignalStatus {
    CONFIRMED("Confirmed"),
    CONDITIONAL("Conditional"),
    FAILED("Failed");

    private final String label;

    SignalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
