package com.pilotledger.command.policy;

import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.policy.ReadinessPolicyCommand;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.command.rule.Verdict;

/**
 * A policy version is usable when its name is short and plain (recommendations and read models carry it) and its
 * rules say what pauses (a gate minimum) and what Authorize Deployment needs (at least one established domain).
 */
final class PolicyVersionRule {

    private PolicyVersionRule() {
    }

    static Verdict validName(String version) {
        return version != null && version.matches(ReadinessPolicyCommand.VERSION_PATTERN)
                ? Verdict.allowed()
                : Verdict.refused(ErrorCode.INVALID_POLICY, "A version name is 1 to "
                + ReadinessPolicyCommand.VERSION_LENGTH + " letters, digits or . _ - (e.g. v2)");
    }

    static Verdict validRules(ReadinessRules rules) {
        if (rules == null || rules.gateMinimum() == null) {
            return Verdict.refused(ErrorCode.INVALID_POLICY, "A policy version names the gate minimum");
        }
        return rules.deploymentRequires().isEmpty()
                ? Verdict.refused(ErrorCode.INVALID_POLICY,
                "Authorize Deployment must require at least one established domain")
                : Verdict.allowed();
    }
}
