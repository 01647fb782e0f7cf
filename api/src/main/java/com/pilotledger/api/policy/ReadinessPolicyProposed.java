package com.pilotledger.api.policy;

import java.time.Instant;

/** An administrator proposed a readiness policy version: its rules, who and why. It is not in force until activated. */
public record ReadinessPolicyProposed(String version, ReadinessRules rules, String proposedBy, String reason,
                                      Instant proposedAt) {
}
