package com.pilotledger.app.security.sso;

import org.springframework.security.core.AuthenticationException;

/**
 * The provider vouched for someone the ledger cannot let in: no claim value maps to a role, or the user name is missing
 * or too long to record as an actor. The person is known, so it is a refusal (403), not a failed sign-in (401).
 */
public class IdentityRefusedException extends AuthenticationException {

    /** Why, for the login page: a query parameter's value. */
    public enum Reason { NO_ROLE, NO_USERNAME, USERNAME_TOO_LONG }

    private final Reason reason;

    IdentityRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
