package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.DeploymentEvidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a readiness policy weighs for one pilot: the reading that counts in each domain, and the evidence beside
 * them (gate review, threshold breaches, readiness checklist, kill criteria). The pilot keeps each part from its
 * events; the what-if and the decision contexts rebuild it from the same events.
 *
 * @param gateReviewProceeds      the latest concluded gate review said proceed to the scale decision
 * @param lastBreachAt            when a production metric last crossed a threshold, or null if never
 * @param checklistItemNotStarted some readiness checklist item is Not started (or was never assessed)
 * @param killCriteriaMet         the measurable kill criteria that are met, in words; empty if none
 */
public record ReadinessEvidence(Map<StabilizationDomain, ReadinessLevel> readings, boolean gateReviewProceeds,
                                Instant lastBreachAt, boolean checklistItemNotStarted, List<String> killCriteriaMet) {

    public ReadinessEvidence {
        readings = Map.copyOf(readings);
        killCriteriaMet = List.copyOf(killCriteriaMet);
    }

    /** Whether this evidence satisfies one requirement at an instant (a breach counts for 48 hours). */
    boolean satisfies(DeploymentEvidence requirement, Instant at) {
        return switch (requirement) {
            case GATE_REVIEW_PROCEEDS -> gateReviewProceeds;
            case NO_RECENT_BREACH -> lastBreachAt == null
                    || !lastBreachAt.isAfter(at.minus(DeploymentEvidence.BREACH_FREE_WINDOW));
            case CHECKLIST_STARTED -> !checklistItemNotStarted;
        };
    }
}
