package com.pilotledger.api.pilot;

import java.time.Instant;
import java.util.List;

/**
 * The readiness policy derived a different recommended posture from the pilot's current signals.
 * Previous is null for the first recommendation; deciding domains are the readings that set the result.
 */
public record PostureRecommendationChanged(String pilotId, Posture recommended, Posture previous, String policyVersion,
                                           List<StabilizationDomain> decidingDomains, String reason,
                                           Instant changedAt) implements PilotEvent {
}
