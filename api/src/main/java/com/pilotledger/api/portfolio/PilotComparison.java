package com.pilotledger.api.portfolio;

import java.util.List;

/** Chosen pilots side by side, domain by domain; ids that name no pilot are listed as missing. */
public record PilotComparison(List<ComparedPilot> pilots, List<String> missingPilotIds) {
}
