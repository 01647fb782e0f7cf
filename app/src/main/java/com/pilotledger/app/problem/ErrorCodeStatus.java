package com.pilotledger.app.problem;

import com.pilotledger.api.pilot.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of each refusal: 404 for an unknown pilot, 409 when the pilot's state conflicts with the command
 * (retrying the same command cannot succeed until the state changes), 422 when the command itself breaks a rule.
 */
final class ErrorCodeStatus {

    private ErrorCodeStatus() {
    }

    static HttpStatus of(ErrorCode code) {
        return switch (code) {
            case PILOT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case PILOT_ALREADY_REGISTERED, PILOT_KILLED, PILOT_ALREADY_PAUSED, CONCURRENT_MODIFICATION ->
                    HttpStatus.CONFLICT;
            case CAPITAL_NOT_POSITIVE, CURRENCY_MISMATCH, POSTURE_NOT_AUTHORIZABLE, RATIONALE_REQUIRED,
                 OVERRIDE_JUSTIFICATION_REQUIRED, REASON_REQUIRED, EVIDENCE_REQUIRED -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
