package com.pilotledger.api.policy;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a readiness policy version asks: the pause gates (a gate below the gate minimum, or without a reading, means
 * Pause) and the domains that must be Established for Authorize Deployment; anything between is Controlled Investment.
 */
public record ReadinessRules(Set<StabilizationDomain> pauseGates, ReadinessLevel gateMinimum,
                             Set<StabilizationDomain> deploymentRequires) {

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
            ReadinessLevel.STABILIZING, EnumSet.allOf(StabilizationDomain.class));

    public ReadinessRules {
        pauseGates = inDomainOrder(pauseGates);
        deploymentRequires = inDomainOrder(deploymentRequires);
    }

    private static Set<StabilizationDomain> inDomainOrder(Collection<StabilizationDomain> domains) {
        EnumSet<StabilizationDomain> ordered = EnumSet.noneOf(StabilizationDomain.class);
        if (domains != null) {
            ordered.addAll(domains);
        }
        return Collections.unmodifiableSet(ordered);
    }
}
