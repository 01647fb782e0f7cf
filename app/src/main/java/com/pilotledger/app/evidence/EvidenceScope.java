package com.pilotledger.app.evidence;

import com.pilotledger.app.problem.InvalidRequestException;
import com.pilotledger.verifier.PackManifest;

import java.time.Instant;

/**
 * What an evidence pack is of: one pilot (its own events and the capital events about it), a period (the events
 * stored from {@code from}, inclusive, to {@code to}, exclusive), or, with neither, the whole portfolio.
 */
public record EvidenceScope(String pilotId, Instant from, Instant to) {

    public static final EvidenceScope WHOLE_PORTFOLIO = new EvidenceScope(null, null, null);

    /** The scope a request names; refuses a pilot and a period together, half a period, and an empty one. */
    public static EvidenceScope of(String pilotId, Instant from, Instant to) {
        boolean pilot = pilotId != null && !pilotId.isBlank();
        if (pilot && (from != null || to != null)) {
            throw new InvalidRequestException("pilotId", "give a pilot or a period, not both");
        }
        if (pilot) {
            return new EvidenceScope(pilotId.strip(), null, null);
        }
        if (from == null && to == null) {
            return WHOLE_PORTFOLIO;
        }
        if (from == null || to == null) {
            throw new InvalidRequestException(from == null ? "from" : "to", "a period needs both from and to");
        }
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("to", "must be after from");
        }
        return new EvidenceScope(null, from, to);
    }

    public boolean isWholePortfolio() {
        return pilotId == null && from == null;
    }

    public boolean isPilot() {
        return pilotId != null;
    }

    public boolean isPeriod() {
        return from != null;
    }

    /** As the manifest states it. */
    public String describe() {
        if (isPilot()) {
            return "pilot " + pilotId;
        }
        return isPeriod() ? "period " + from + " to " + to : PackManifest.WHOLE_PORTFOLIO;
    }

    /** {@code pilot-ledger-evidence-<scope>.zip}, with only letters, digits and dashes in the scope. */
    public String fileName() {
        String scope = isPilot() ? "pilot-" + pilotId : isPeriod() ? from + "-to-" + to : "portfolio";
        return "pilot-ledger-evidence-" + scope.replaceAll("[^A-Za-z0-9-]", "-") + ".zip";
    }
}
