package com.pilotledger.api.policy;

import java.time.Instant;

/**
 * One readiness policy version: its rules, status, who proposed it and why (null for v1, defined in code), and its
 * latest period in force (effectiveFrom null when never active, effectiveTo null while active or never active).
 */
public record PolicyVersionView(String version, ReadinessRules rules, PolicyVersionStatus status, String proposedBy,
                                String reason, Instant proposedAt, String activatedBy, Instant effectiveFrom,
                                Instant effectiveTo) {
}
