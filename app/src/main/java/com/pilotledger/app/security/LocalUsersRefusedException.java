package com.pilotledger.app.security;

/** A production start with local users configured and not allowed (LocalUsersPolicy). */
class LocalUsersRefusedException extends IllegalStateException {

    private final int count;

    LocalUsersRefusedException(int count) {
        super(count + " local users are configured (pilot-ledger.users) while the production profile is active");
        this.count = count;
    }

    int count() {
        return count;
    }
}
