package com.pilotledger.app.security;

/** What a user may do in the ledger; a user may hold several roles. */
public enum Role {
    /** Authorizes deployment capital within their approval authority. */
    EXECUTIVE,
    /** Registers pilots, compares competing initiatives, pauses and kills them. */
    PORTFOLIO_MANAGER,
    /** Records readiness signals (evidence) for pilots. */
    PILOT_OWNER,
    /** Reads everything and changes nothing. */
    AUDITOR
}
