package com.pilotledger.api.policy;

/** Where a readiness policy version stands: proposed (never in force), active (in force now) or retired (replaced). */
public enum PolicyVersionStatus {
    PROPOSED("Proposed"),
    ACTIVE("Active"),
    RETIRED("Retired");

    private final String label;

    PolicyVersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
