package com.pilotledger.api.policy;

/** Find every readiness policy version with its rules, status and period in force. */
public record FindReadinessPolicyVersions() {
}
