package com.pilotledger.app.web;

import com.pilotledger.app.security.Role;

import java.util.List;
import java.util.Set;

/** The person using the pages, and what their roles let them do; pages show only the actions allowed. */
public record SignedInUser(String username, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean canRegister() {
        return has(Role.PORTFOLIO_MANAGER);
    }

    /**
     * Record a pilot's evidence (signals, checklist, completed gap-closure plans): a portfolio manager for any pilot, a
     * pilot owner for the pilots they own (the pilot's own rule refuses the rest, even when posted directly).
     */
    public boolean recordsEvidenceFor(List<String> owners) {
        return has(Role.PORTFOLIO_MANAGER) || (has(Role.PILOT_OWNER) && owners.contains(username));
    }

    /** Assign and remove a pilot's owners, as {@code SecurityConfiguration} allows. */
    public boolean canAssignOwners() {
        return has(Role.PORTFOLIO_MANAGER);
    }

    public boolean canAuthorize() {
        return has(Role.EXECUTIVE) || has(Role.PORTFOLIO_MANAGER);
    }

    public boolean canPauseAndKill() {
        return has(Role.PORTFOLIO_MANAGER) || has(Role.EXECUTIVE);
    }

    /** Convene and conclude gate reviews, as {@code SecurityConfiguration} allows. */
    public boolean canConveneGateReviews() {
        return has(Role.PORTFOLIO_MANAGER);
    }

    /** Record a stakeholder role's assessment on behalf of the person named in it. */
    public boolean canAssessGateReviews() {
        return has(Role.PORTFOLIO_MANAGER) || has(Role.EXECUTIVE);
    }

    public boolean canExportAudit() {
        return has(Role.AUDITOR) || has(Role.ADMINISTRATOR);
    }

    /** As {@code SecurityConfiguration} allows the decision context reads. */
    public boolean canSeeWhatDecidersSaw() {
        return has(Role.AUDITOR) || has(Role.PORTFOLIO_MANAGER) || has(Role.EXECUTIVE) || has(Role.ADMINISTRATOR);
    }

    public boolean canChangePolicy() {
        return has(Role.ADMINISTRATOR);
    }

    /** The same people who see what deciders saw: everyone who decides or checks decisions. */
    public boolean canAskWhatIf() {
        return canSeeWhatDecidersSaw();
    }

    public boolean canRetryDeadLetters() {
        return has(Role.ADMINISTRATOR);
    }

    public boolean canManageWebhooks() {
        return has(Role.ADMINISTRATOR);
    }

    public String roleLabel() {
        return String.join(", ", roles.stream().sorted().map(role -> switch (role) {
            case EXECUTIVE -> "Executive";
            case PORTFOLIO_MANAGER -> "Portfolio manager";
            case PILOT_OWNER -> "Pilot owner";
            case AUDITOR -> "Auditor";
            case ADMINISTRATOR -> "Administrator";
            case MONITOR -> "Monitoring system";
        }).toList());
    }
}
