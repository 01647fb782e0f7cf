package com.pilotledger.app.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as a client writes them. */
final class Requests {

    private Requests() {
    }

    /** A pilot that owen, the pilot owner who records evidence in these tests, owns from its registration. */
    static Map<String, Object> registration(String name, String businessUnit, String owner, String amount) {
        return Map.of("name", name, "businessUnit", businessUnit, "sponsor", "VP " + businessUnit,
                "operationalOwner", owner, "problemStatement", "Manual work on " + name,
                "baselineMetric", "Current heuristic", "targetMetric", "15% better than the heuristic",
                "requestedCapital", money(amount), "killCriteria", "No measurable gain by day 75",
                "owners", List.of("owen"));
    }

    static Map<String, Object> signal(String domain, String level, String evidence) {
        return Map.of("domain", domain, "level", level, "evidence", evidence, "source", "gate review");
    }

    static Map<String, Object> authorization(String posture, String amount, String rationale, String justification) {
        Map<String, Object> body = new HashMap<>(Map.of("posture", posture, "capital", money(amount),
                "scope", "40 stores", "conditions", "Parallel run with the existing system", "rationale", rationale));
        if (justification != null) {
            body.put("overrideJustification", justification);
        }
        return body;
    }

    static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }

    static Map<String, Object> amount(String amount, String reason) {
        return Map.of("amount", money(amount), "reason", reason);
    }

    static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }
}
