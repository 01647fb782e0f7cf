package com.pilotledger.app.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused before its password was checked: too many recent failures for the user or from the address. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " seconds");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a sign-in is let through again, at least one (the value of {@code Retry-After}). */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
