package com.pilotledger.app.problem;

import com.pilotledger.api.pilot.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of each refusal: 404 for an unknown pilot or request, 409 when the state of the pilot or the pool
 * conflicts with the command (it cannot succeed until that state changes, e.g. capital is freed), 422 when the
 * command itself breaks a rule (including deciding beyond one's authority), 403 when a pilot owner records evidence for
 * a pilot they do not own, 503 while the views are rebuilt.
 */
final class ErrorCodeStatus {

    private ErrorCodeStatus() {
    }

    static HttpStatus of(ErrorCode code) {
        return switch (code) {
            case PILOT_NOT_FOUND, REQUEST_NOT_FOUND, DEAD_LETTER_NOT_FOUND, POLICY_VERSION_NOT_FOUND,
                 NINETY_DAY_REVIEW_NOT_FOUND, GAP_CLOSURE_PLAN_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case VIEWS_REBUILDING -> HttpStatus.SERVICE_UNAVAILABLE;
            case NOT_PILOT_OWNER -> HttpStatus.FORBIDDEN;
            case PILOT_ALREADY_REGISTERED, PILOT_KILLED, PILOT_ALREADY_PAUSED, CONCURRENT_MODIFICATION,
                 AUTHORIZATION_PENDING, INSUFFICIENT_CAPITAL, BUDGET_NOT_SET, BUDGET_BELOW_COMMITMENTS,
                 REQUEST_NOT_PENDING, IDEMPOTENCY_KEY_IN_FLIGHT, POLICY_VERSION_EXISTS,
                 POLICY_VERSION_ALREADY_ACTIVE, NINETY_DAY_REVIEW_NOT_DUE, GATE_REVIEW_ALREADY_OPEN, GATE_REVIEW_NOT_OPEN,
                 OPERATIONAL_LEAD_NOT_ASSESSED, ONLINE_BACKUP_UNAVAILABLE, SEALED_LOG_NOT_KEPT -> HttpStatus.CONFLICT;
            case CAPITAL_NOT_POSITIVE, CURRENCY_MISMATCH, POSTURE_NOT_AUTHORIZABLE, RATIONALE_REQUIRED,
                 OVERRIDE_JUSTIFICATION_REQUIRED, REASON_REQUIRED, EVIDENCE_REQUIRED, AUTHORITY_LIMIT_EXCEEDED,
                 SELF_APPROVAL_NOT_ALLOWED, INVALID_DECISION_RIGHTS, IDEMPOTENCY_KEY_REUSED,
                 INVALID_POLICY, INVALID_METRIC_POINTS, INVALID_KPI_PROJECTION, INVALID_METRIC_THRESHOLDS,
                 INVALID_KILL_CRITERION, STAKEHOLDER_ROLE_UNNAMED, SIGNAL_ASSESSMENT_INCOMPLETE,
                 GAP_CLOSURE_PLAN_REQUIRED -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
