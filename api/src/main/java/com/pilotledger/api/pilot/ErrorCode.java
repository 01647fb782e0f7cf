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
    CONCURRENT_MODIFICATION,
    AUTHORIZATION_PENDING,
    INSUFFICIENT_CAPITAL,
    BUDGET_NOT_SET,
    BUDGET_BELOW_COMMITMENTS,
    AUTHORITY_LIMIT_EXCEEDED,
    SELF_APPROVAL_NOT_ALLOWED,
    REQUEST_NOT_PENDING,
    REQUEST_NOT_FOUND,
    INVALID_DECISION_RIGHTS,
    /** An Idempotency-Key used again, by the same user on the same endpoint, for a different request. */
    IDEMPOTENCY_KEY_REUSED,
    /** The first request with this Idempotency-Key is still being processed. */
    IDEMPOTENCY_KEY_IN_FLIGHT
}
