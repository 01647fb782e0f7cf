package com.pilotledger.api.pilot;

/** Stable codes for refused commands; clients may rely on them, so a code is never renamed. */
public enum ErrorCode {
    PILOT_NOT_FOUND,
    PILOT_ALREADY_REGISTERED,
    PILOT_KILLED,
    PILOT_ALREADY_PAUSED,
    CAPITAL_NOT_POSITIVE,
    CURRENCY_MISMATCH,
    POSTURE_NOT_AUTHORIZABLE,
    RATIONALE_REQUIRED,
    OVERRIDE_JUSTIFICATION_REQUIRED,
    REASON_REQUIRED,
    EVIDENCE_REQUIRED,
    CONCURRENT_MODIFICATION
}
