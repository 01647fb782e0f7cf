package com.pilotledger.api.policy;

import java.util.List;

/**
 * The portfolio's history re-evaluated under a version not in force, read-only, from the events: recommendations that
 * would have differed, authorizations that would have been overrides (and overrides that would no longer be), and
 * pilots that would stand in another recommended posture today; with the counts, the events read and the time taken.
 */
public record WhatIfReport(String version, ReadinessRules rules, String activeVersion, int pilotsReplayed,
                           int recommendationsDiffering, int authorizationsBecomingOverrides,
                           int overridesNoLonger, int pilotsDifferingToday,
                           List<WhatIfRecommendation> recommendations,
                           List<WhatIfAuthorization> becomingOverrides, List<WhatIfAuthorization> noLongerOverrides,
                           List<WhatIfPosture> today, long eventsRead, long tookMillis) {

    public WhatIfReport {
        recommendations = List.copyOf(recommendations);
        becomingOverrides = List.copyOf(becomingOverrides);
        noLongerOverrides = List.copyOf(noLongerOverrides);
        today = List.copyOf(today);
    }
}
