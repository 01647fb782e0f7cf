package com.pilotledger.app.decision;

import com.pilotledger.api.pilot.LatestObservation;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.portfolio.DomainReading;
import com.pilotledger.api.portfolio.Recommendation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the ledger knew of one pilot's readiness, built event by event: the reading that counts per domain and the recommendation. */
final class PilotKnowledge {

    private final Map<StabilizationDomain, DomainReading> counting = new EnumMap<>(StabilizationDomain.class);
    private Recommendation recommendation;

    void apply(Object event) {
        if (event instanceof SignalRecorded signal) {
            DomainReading current = counting.get(signal.domain());
            // Events arrive in recording order, so on a tie the later recording wins.
            Instant observedAt = LatestObservation.observedAt(signal);
            if (LatestObservation.supersedes(observedAt, current == null ? null : current.observedAt())) {
                counting.put(signal.domain(), new DomainReading(signal.domain(), signal.level(), signal.evidence(),
                        signal.source(), observedAt, signal.metric(), signal.recordedBy(), signal.recordedAt()));
            }
        } else if (event instanceof PostureRecommendationChanged changed) {
            recommendation = new Recommendation(changed.recommended(), changed.policyVersion(),
                    changed.decidingDomains(), changed.reason(), changed.changedAt());
        }
    }

    /** In domain order. */
    List<DomainReading> readings() {
        return List.copyOf(counting.values());
    }

    Recommendation recommendation() {
        return recommendation;
    }
}
