package com.pilotledger.api.review;

import java.util.List;

/** Where the gate review of each of these pilots stands today (the board's badges). */
public record FindGateReviewStandings(List<String> pilotIds) {
}
