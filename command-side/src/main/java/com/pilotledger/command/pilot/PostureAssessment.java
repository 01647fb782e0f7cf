package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.List;
import java.util.Objects;

/** What a readiness policy concluded: the recommended posture, the policy version, and the domains that decided it. */
public record PostureAssessment(Posture posture, String policyVersion, List<StabilizationDomain> decidingDomains,
                                String reason) {

    /**
     * Two assessments differ for the record when the posture, the policy version, the domains that decided it or the
     * reason differ: the reason names every domain's reading, so it must never go stale beside a newer one, and every
     * recommendation names the version in force.
     */
    boolean differsFrom(PostureAssessment other) {
        return other == null || posture != other.posture || !Objects.equals(policyVersion, other.policyVersion)
                || !decidingDomains.equals(other.decidingDomains) || !Objects.equals(reason, other.reason);
    }
}
