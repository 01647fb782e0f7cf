package com.pilotledger.verifier;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The approval limit a person acted under, and whose limit it was: a role's or their own (kind ROLE or USER), or
 * nobody's (kind and name null, limit 0) when they held none.
 */
record Authority(String kind, String name, BigDecimal limit) {

    static final String ROLE = "ROLE";
    static final String USER = "USER";

    static Authority none() {
        return new Authority(null, null, BigDecimal.ZERO);
    }

    /** Same holder and same limit (250000 and 250000.00 are the same limit); null only when both are. */
    static boolean same(Authority one, Authority other) {
        if (one == null || other == null) {
            return one == other;
        }
        return Objects.equals(one.kind, other.kind) && Objects.equals(one.name, other.name)
                && one.limit.compareTo(other.limit) == 0;
    }

    boolean covers(BigDecimal amount) {
        return limit.compareTo(amount) >= 0;
    }

    @Override
    public String toString() {
        String holder = kind == null ? "no limit of their own" : kind.toLowerCase(Locale.ROOT) + " " + name;
        return limit.toPlainString() + " (" + holder + ")";
    }
}
