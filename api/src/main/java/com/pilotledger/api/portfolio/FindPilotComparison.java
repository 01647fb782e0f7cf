package com.pilotledger.api.portfolio;

import java.util.List;

/** Find the chosen pilots side by side, in the order given. */
public record FindPilotComparison(List<String> pilotIds) {
}
