package com.pilotledger.api.pilot;

/** One of the six areas whose readiness decides how far deployment may go. */
public enum StabilizationDomain {
    OPERATIONAL_OWNERSHIP("Operational Ownership"),
    GOVERNANCE_CONTINUITY("Governance Continuity"),
    DEPLOYMENT_SEQUENCING("Deployment Sequencing"),
    PRODUCTION_ECONOMICS("Production Economics"),
    OPERATIONAL_RESILIENCE("Operational Resilience"),
    PORTFOLIO_COORDINATION("Portfolio Coordination");

    private final String label;

    StabilizationDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
