package com.pilotledger.api.review;

/** One of the five scale-readiness signals a gate review assesses (seed 002), in the article's words. */
public enum ScaleReadinessSignal {
    BUSINESS_KPIS_VALIDATED("Business KPIs validated with production-representative data"),
    DATA_INFRASTRUCTURE_READY("Data infrastructure supports production volume"),
    GOVERNANCE_PROTOCOLS_TESTED("Governance protocols designed and tested"),
    END_USERS_PREPARED("End users prepared"),
    OPERATIONAL_OWNERSHIP_CLEAR("Operational ownership clear");

    private final String label;

    ScaleReadinessSignal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
