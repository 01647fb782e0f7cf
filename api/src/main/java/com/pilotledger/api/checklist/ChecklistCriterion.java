package com.pilotledger.api.checklist;

import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.Arrays;
import java.util.List;

/**
 * One item of the readiness checklist: a criterion of a stabilization domain, three per domain, in the words of
 * "Conditions for Broader Deployment Authorization" (seed 003). The constant's name is stored in events: never renamed.
 */
public enum ChecklistCriterion {
    LONG_TERM_ACCOUNTABILITY_DEFINED(StabilizationDomain.OPERATIONAL_OWNERSHIP, "long-term accountability defined"),
    PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED(StabilizationDomain.OPERATIONAL_OWNERSHIP,
            "production support responsibilities established"),
    CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED(StabilizationDomain.OPERATIONAL_OWNERSHIP,
            "cross-functional escalation paths stabilized"),
    APPROVAL_PATHWAYS_FORMALIZED(StabilizationDomain.GOVERNANCE_CONTINUITY, "approval pathways formalized"),
    ESCALATION_AUTHORITY_DEFINED(StabilizationDomain.GOVERNANCE_CONTINUITY, "escalation authority defined"),
    GOVERNANCE_COORDINATION_STABILIZED(StabilizationDomain.GOVERNANCE_CONTINUITY, "governance coordination stabilized"),
    ROLLOUT_PRIORITIZATION_ALIGNED(StabilizationDomain.DEPLOYMENT_SEQUENCING, "rollout prioritization aligned"),
    DEPLOYMENT_PACING_CONTROLLED(StabilizationDomain.DEPLOYMENT_SEQUENCING, "deployment pacing controlled"),
    DEPENDENCY_COORDINATION_STABILIZED(StabilizationDomain.DEPLOYMENT_SEQUENCING, "dependency coordination stabilized"),
    COST_VISIBILITY_RELIABLE(StabilizationDomain.PRODUCTION_ECONOMICS, "cost visibility reliable"),
    MONITORING_OVERHEAD_UNDERSTOOD(StabilizationDomain.PRODUCTION_ECONOMICS, "monitoring overhead understood"),
    OPERATIONAL_SUPPORT_BURDEN_SUSTAINABLE(StabilizationDomain.PRODUCTION_ECONOMICS,
            "operational support burden sustainable"),
    SUPPORT_ESCALATION_MANAGEABLE(StabilizationDomain.OPERATIONAL_RESILIENCE, "support escalation manageable"),
    ROLLBACK_CONDITIONS_UNDERSTOOD(StabilizationDomain.OPERATIONAL_RESILIENCE, "rollback conditions understood"),
    DEPLOYMENT_INSTABILITY_CONTAINED(StabilizationDomain.OPERATIONAL_RESILIENCE, "deployment instability contained"),
    COMPETING_DEPLOYMENT_PRIORITIES_ALIGNED(StabilizationDomain.PORTFOLIO_COORDINATION,
            "competing deployment priorities aligned"),
    OPERATIONAL_DEPENDENCIES_VISIBLE(StabilizationDomain.PORTFOLIO_COORDINATION, "operational dependencies visible"),
    ROLLOUT_CONFLICTS_REDUCED(StabilizationDomain.PORTFOLIO_COORDINATION, "rollout conflicts reduced");

    private final StabilizationDomain domain;
    private final String words;

    ChecklistCriterion(StabilizationDomain domain, String words) {
        this.domain = domain;
        this.words = words;
    }

    public StabilizationDomain domain() {
        return domain;
    }

    /** The criterion as the article words it (lower case, as it lists them after the domain's name). */
    public String words() {
        return words;
    }

    /** The three criteria of a domain, in the article's order. */
    public static List<ChecklistCriterion> of(StabilizationDomain domain) {
        return Arrays.stream(values()).filter(criterion -> criterion.domain == domain).toList();
    }
}
