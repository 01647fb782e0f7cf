package com.pilotledger.api.policy;

import java.time.Instant;

/** Put a proposed (or retired) readiness policy version in force from the activation instant on (administrators). */
public record ActivateReadinessPolicy(String version, String reason, Instant activatedAt)
        implements ReadinessPolicyCommand {
}
