package com.pilotledger.api.pilot;

/**
 * The roles, as the application records them under {@code AuditMetaData.ACTOR_ROLES}, that decide whose evidence a
 * pilot accepts: a pilot owner's only for the pilots they own, a portfolio manager's for any pilot, and a monitoring
 * system's metric points for any pilot.
 */
public final class EvidenceRoles {

    public static final String PILOT_OWNER = "PILOT_OWNER";
    public static final String PORTFOLIO_MANAGER = "PORTFOLIO_MANAGER";
    public static final String MONITOR = "MONITOR";

    private EvidenceRoles() {
    }
}
