package com.pilotledger.api.portfolio;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.time.Instant;
import java.util.List;

/** The posture the readiness policy recommends, which policy version said so, and the domains that decided it. */
public record Recommendation(Posture posture, String policyVersion, List<StabilizationDomain> decidingDomains,
                             String reason, Instant since) {
}
