package com.pilotledger.api.policy;

import java.time.Instant;

/**
 * A readiness policy version is in force from effectiveFrom (the activation instant, never earlier: recorded
 * recommendations name the version they were made under), replacing the previous version.
 */
public record ReadinessPolicyActivated(String version, String previousVersion, Instant effectiveFrom,
                                       String activatedBy, String reason) {
}
