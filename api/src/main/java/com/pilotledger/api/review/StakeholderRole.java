package com.pilotledger.api.review;

/** One of the five stakeholder roles a gate review includes (seed 002), each with the accountability it brings. */
public enum StakeholderRole {
    EXECUTIVE_SPONSOR("Executive sponsor", "budget authority and strategic accountability"),
    OPERATIONAL_LEAD("Operational lead", "adoption accountability"),
    TECHNOLOGY_LEAD("Technology lead", "infrastructure accountability"),
    GOVERNANCE_LEAD("Governance or compliance lead", "risk accountability"),
    CHANGE_MANAGEMENT_LEAD("Change management lead", "workforce accountability");

    private final String label;
    private final String accountability;

    StakeholderRole(String label, String accountability) {
        this.label = label;
        this.accountability = accountability;
    }

    public String label() {
        return label;
    }

    public String accountability() {
        return accountability;
    }
}
