package com.pilotledger.command.rule;

import com.pilotledger.api.pilot.ErrorCode;

/** Every decision says why: a reason, rationale or evidence must hold more than white space. */
public final class WrittenReasonRule {

    private WrittenReasonRule() {
    }

    public static Verdict require(String text, ErrorCode code, String what) {
        return text == null || text.isBlank()
                ? Verdict.refused(code, what + " is required")
                : Verdict.allowed();
    }
}
