package com.pilotledger.command.rule;

import com.pilotledger.api.pilot.ErrorCode;

import java.util.Map;

/** The outcome of a business rule: allowed, or refused with a code, a reason in business words and the facts. */
public record Verdict(ErrorCode code, String reason, Map<String, String> facts) {

    private static final Verdict ALLOWED = new Verdict(null, null, Map.of());

    public static Verdict allowed() {
        return ALLOWED;
    }

    public static Verdict refused(ErrorCode code, String reason) {
        return new Verdict(code, reason, Map.of());
    }

    public static Verdict refused(ErrorCode code, String reason, Map<String, String> facts) {
        return new Verdict(code, reason, facts);
    }

    /** Throws the refusal, so the aggregate applies nothing after a failed rule. */
    public void orRefuse() {
        if (code != null) {
            throw new RuleViolation(code, reason, facts);
        }
    }

    /** The first refusal among the verdicts, or allowed when none refuses. */
    public static Verdict firstRefusal(Verdict... verdicts) {
        for (Verdict verdict : verdicts) {
            if (verdict.code != null) {
                return verdict;
            }
        }
        return ALLOWED;
    }
}
