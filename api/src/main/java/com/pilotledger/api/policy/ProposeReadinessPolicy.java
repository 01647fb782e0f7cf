package com.pilotledger.api.policy;

import java.time.Instant;

/** Propose a new readiness policy version with its rules and why (administrators); it takes effect only when activated. */
public record ProposeReadinessPolicy(String version, ReadinessRules rules, String reason, Instant proposedAt)
        implements ReadinessPolicyCommand {
}
