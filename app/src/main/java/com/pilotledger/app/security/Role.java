package com.pilotledger.app.security;

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
    ADMINISTRATOR
}
