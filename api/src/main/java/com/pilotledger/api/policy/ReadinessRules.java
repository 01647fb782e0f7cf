package com.pilotledger.api.policy;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a readiness policy version asks: the pause gates (a gate below the gate minimum, or without a reading, means
 * Pause), the domains that must be Established for Authorize Deployment and the evidence it needs besides them;
 * anything between is Controlled Investment. A version proposed before evidence existed requires none.
 */
public record ReadinessRules(Set<StabilizationDomain> pauseGates, ReadinessLevel gateMinimum,
                             Set<StabilizationDomain> deploymentRequires,
                             Set<DeploymentEvidence> deploymentEvidence) {

    /** The name of the first version, in force from the beginning. */
    public static final String GENESIS_VERSION = "v1";

    /**
     * Version 1, the rules of the ledger's first day: pause while ownership, governance or production economics is
     * unsettled or has no reading; Authorize Deployment when all six domains are established. Defined here, never
     * stored as an event, so every recommendation ever recorded can be explained.
     */
    public static final ReadinessRules V1 = new ReadinessRules(
            EnumSet.of(StabilizationDomain.OPERATIONAL_OWNERSHIP, StabilizationDomain.GOVERNANCE_CONTINUITY,
                    StabilizationDomain.PRODUCTION_ECONOMICS),
            ReadinessLevel.STABILIZING, EnumSet.allOf(StabilizationDomain.class), Set.of());

    /**
     * Version 2, the gate of the source articles: version 1's domains, and Authorize Deployment also needs a concluded
     * gate review that said proceed, no breached threshold in the last 48 hours and no checklist item Not started.
     */
    public static final ReadinessRules V2 = new ReadinessRules(V1.pauseGates(), V1.gateMinimum(),
            V1.deploymentRequires(), EnumSet.allOf(DeploymentEvidence.class));

    public ReadinessRules {
        pauseGates = inDomainOrder(pauseGates);
        deploymentRequires = inDomainOrder(deploymentRequires);
        EnumSet<DeploymentEvidence> evidence = EnumSet.noneOf(DeploymentEvidence.class);
        if (deploymentEvidence != null) {
            evidence.addAll(deploymentEvidence);
        }
        deploymentEvidence = Collections.unmodifiableSet(evidence);
    }

    private static Set<StabilizationDomain> inDomainOrder(Collection<StabilizationDomain> domains) {
        EnumSet<StabilizationDomain> ordered = EnumSet.noneOf(StabilizationDomain.class);
        if (domains != null) {
            ordered.addAll(domains);
        }
        return Collections.unmodifiableSet(ordered);
    }
}
