package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.ErrorCode;

/** The outcome of a business rule: allowed, or refused with a code and a reason in business words. */
record Verdict(ErrorCode code, String reason) {

    private static final Verdict ALLOWED = new Verdict(null, null);

    static Verdict allowed() {
        return ALLOWED;
    }

    static Verdict refused(ErrorCode code, String reason) {
        return new Verdict(code, reason);
    }

    /** Throws the refusal, so the aggregate applies nothing after a failed rule. */
    void orRefuse() {
        if (code != null) {
            throw new RuleViolation(code, reason);
        }
    }

    /** The first refusal among the verdicts, or allowed when none refuses. */
    static Verdict firstRefusal(Verdict... verdicts) {
        for (Verdict verdict : verdicts) {
            if (verdict.code != null) {
                return verdict;
            }
        }
        return ALLOWED;
    }
}
