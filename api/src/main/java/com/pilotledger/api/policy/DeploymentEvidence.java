package com.pilotledger.api.policy;

import java.time.Duration;

/**
 * Evidence besides the domain readings that a policy version may require for Authorize Deployment (version 2 requires
 * all three; version 1 none). Each names what is missing in the words a recommendation's reason uses.
 */
public enum DeploymentEvidence {
    /** The latest concluded gate review of the five stakeholder roles said proceed to the scale decision. */
    GATE_REVIEW_PROCEEDS("a concluded gate review that said proceed"),
    /** No production metric crossed a threshold in the breach-free window before the assessment. */
    NO_RECENT_BREACH("no breached threshold in the last 48 hours"),
    /** No item of the readiness checklist is Not started. */
    CHECKLIST_STARTED("no readiness checklist item Not started");

    /** How long a threshold breach holds Authorize Deployment back under {@link #NO_RECENT_BREACH}. */
    public static final Duration BREACH_FREE_WINDOW = Duration.ofHours(48);

    private final String requirement;

    DeploymentEvidence(String requirement) {
        this.requirement = requirement;
    }

    public String requirement() {
        return requirement;
    }
}
