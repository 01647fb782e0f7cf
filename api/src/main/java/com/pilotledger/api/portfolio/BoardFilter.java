package com.pilotledger.api.portfolio;

import com.pilotledger.api.pilot.Posture;

/** Narrows the portfolio board; every null criterion matches all pilots. Text matches name, sponsor or owner. */
public record BoardFilter(String businessUnit, String owner, Posture posture, PilotStatus status, Boolean divergent,
                          String text) {

    public static BoardFilter none() {
        return new BoardFilter(null, null, null, null, null, null);
    }
}
