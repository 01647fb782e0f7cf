package com.pilotledger.api.pilot;

/** How far deployment of a pilot may go; declared from the most restrictive to the most permissive. */
public enum Posture {
    PAUSE("Pause"),
    CONTROLLED_INVESTMENT("Controlled Investment"),
    AUTHORIZE_DEPLOYMENT("Authorize Deployment");

    private final String label;

    Posture(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when this posture lets deployment go further than {@code other}: deciding it over a recommendation is an override. */
    public boolean isMorePermissiveThan(Posture other) {
        return compareTo(other) > 0;
    }
}
