package com.pilotledger.query.pilot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.List;

/**
 * The domains that decided a recommendation, in one column as a JSON array of their names, in the policy's order:
 * {@code ["OPERATIONAL_OWNERSHIP","GOVERNANCE_CONTINUITY"]}. All six names take 146 characters, well inside the
 * column's 400.
 */
final class DecidingDomains {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<StabilizationDomain>> LIST = new TypeReference<>() {
    };

    private DecidingDomains() {
    }

    static String json(List<StabilizationDomain> domains) {
        try {
            return JSON.writeValueAsString(domains);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of domain names is always JSON", e);
        }
    }

    static List<StabilizationDomain> of(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not a JSON list of domain names: " + json, e);
        }
    }
}
