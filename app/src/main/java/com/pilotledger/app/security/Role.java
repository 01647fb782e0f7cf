package com.pilotledger.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user may do in the ledger; a user may hold several roles. */
public enum Role {
    /** Authorizes deployment capital within their approval limit; approves others' large authorizations. */
    EXECUTIVE,
    /** Registers pilots, compares competing initiatives, pauses and kills them; authorizes within their limit. */
    PORTFOLIO_MANAGER,
    /** Records readiness signals (evidence) for pilots. */
    PILOT_OWNER,
    /** Reads everything and changes nothing. */
    AUDITOR,
    /** Sets the capital budget and the decision rights: approval limits, four-eyes threshold, approval window. */
    ADMINISTRATOR,
    /**
     * A monitoring system, not a person: sends production metric points and nothing else (it reads no view and signs
     * in to no page), so its credentials, kept in a machine, open no decision.
     */
    MONITOR;

    private static final String PREFIX = "ROLE_";

    /**
     * The application roles a signed-in user holds. Spring Security grants other authorities too (since 7, a
     * {@code FACTOR_PASSWORD} for the way the user proved who they are); those are not roles, and must not be
     * recorded as roles in event metadata or decide what a page offers.
     */
    public static Set<Role> heldBy(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(values()).filter(role -> authorities.contains(PREFIX + role.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
