package com.pilotledger.api.capital;

/** Who an approval limit belongs to: a role (e.g. EXECUTIVE) or a named user. */
public record LimitHolder(HolderKind kind, String name) {

    public static LimitHolder role(String role) {
        return new LimitHolder(HolderKind.ROLE, role);
    }

    public static LimitHolder user(String username) {
        return new LimitHolder(HolderKind.USER, username);
    }
}
