package com.pilotledger.api.portfolio;

import java.time.Instant;
import java.util.List;

/** Find the chosen pilots side by side, in the order given, as they stood at an instant (asOf; null: today). */
public record FindPilotComparison(List<String> pilotIds, Instant asOf) {

    /** The chosen pilots today. */
    public FindPilotComparison(List<String> pilotIds) {
        this(pilotIds, null);
    }
}
