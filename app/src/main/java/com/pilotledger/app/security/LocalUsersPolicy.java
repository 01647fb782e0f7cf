package com.pilotledger.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The configured local users (user names and password hashes in {@code pilot-ledger.users}) are for the embedded
 * default and the demo. With the {@value #PRODUCTION} profile active, people sign in through the organization's
 * identity provider (docs/sso.md): a start with local users configured is refused, unless an operator allows them on
 * purpose with {@code pilot-ledger.security.local-users-allowed=true} (a break-glass administrator, say).
 */
@Component
class LocalUsersPolicy {

    /** The profile that marks a production deployment (docs/operations.md). */
    static final String PRODUCTION = "production";

    LocalUsersPolicy(LedgerUsers users, Environment environment,
                     @Value("${pilot-ledger.security.local-users-allowed:false}") boolean allowed) {
        if (!users.users().isEmpty() && !allowed && environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            throw new LocalUsersRefusedException(users.users().size());
        }
    }
}
