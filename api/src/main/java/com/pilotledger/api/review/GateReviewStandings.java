package com.pilotledger.api.review;

import java.util.Map;

/** The gate review standing of the pilots asked about that have any gate review, by pilot id. */
public record GateReviewStandings(Map<String, GateReviewStanding> byPilot) {

    public GateReviewStanding of(String pilotId) {
        return byPilot.getOrDefault(pilotId, new GateReviewStanding(pilotId, false, null, false));
    }
}
