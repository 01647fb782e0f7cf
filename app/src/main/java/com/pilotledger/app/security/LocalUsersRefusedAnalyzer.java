package com.pilotledger.app.security;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A production start refused because local users are configured: one line that says why and the two ways out, instead
 * of a bean creation stack. Registered in {@code META-INF/spring.factories}.
 */
public class LocalUsersRefusedAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LocalUsersRefusedException refused) {
                return new FailureAnalysis(description(refused.count()), null, failure);
            }
        }
        return null;
    }

    static String description(int count) {
        return "The " + LocalUsersPolicy.PRODUCTION + " profile is active and " + count + " local users with passwords "
                + "are configured (pilot-ledger.users): sign in through the identity provider instead (pilot-ledger.sso.*, "
                + "docs/sso.md) and empty the list with --pilot-ledger.users= (or PILOT_LEDGER_USERS=), or allow them on "
                + "purpose with --pilot-ledger.security.local-users-allowed=true.";
    }
}
