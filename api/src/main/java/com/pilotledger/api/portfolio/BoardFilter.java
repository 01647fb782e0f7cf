package com.pilotledger.api.portfolio;

import com.pilotledger.api.pilot.Posture;

/**
 * Narrows the portfolio board; every null criterion matches all pilots. Owner is the operational owner named at
 * registration; ownedBy a sign-in name, matching the pilots that user owns today (as a pilot owner, "my pilots"). Text
 * matches name, sponsor or operational owner.
 */
public record BoardFilter(String businessUnit, String owner, Posture posture, PilotStatus status, Boolean divergent,
                          String text, String ownedBy) {

    public static BoardFilter none() {
        return new BoardFilter(null, null, null, null, null, null, null);
    }
}
