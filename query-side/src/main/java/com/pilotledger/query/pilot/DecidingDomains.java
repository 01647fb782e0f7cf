package com.pilotledger.query.pilot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.query.support.JsonColumn;

import java.util.List;

/**
 * The domains that decided a recommendation, in one column as a JSON array of their names, in the policy's order:
 * {@code ["OPERATIONAL_OWNERSHIP","GOVERNANCE_CONTINUITY"]}. All six names take 146 characters, well inside the
 * column's 400.
 */
final class DecidingDomains {

    private static final TypeReference<List<StabilizationDomain>> LIST = new TypeReference<>() {
    };

    private DecidingDomains() {
    }

    static String json(List<StabilizationDomain> domains) {
        return JsonColumn.text(domains);
    }

    static List<StabilizationDomain> of(String json) {
        List<StabilizationDomain> domains = JsonColumn.value(json, LIST);
        return domains == null ? List.of() : List.copyOf(domains);
    }
}
