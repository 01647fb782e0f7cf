package com.pilotledger.app.policy;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.LatestObservation;
import com.pilotledger.api.pilot.PilotEvent;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.WhatIfAuthorization;
import com.pilotledger.api.policy.WhatIfPosture;
import com.pilotledger.api.policy.WhatIfRecommendation;
import com.pilotledger.api.policy.WhatIfReport;
import com.pilotledger.app.axon.EventHistory;
import com.pilotledger.app.problem.CommandRefusedException;
import com.pilotledger.command.pilot.PostureAssessment;
import com.pilotledger.command.pilot.EvidenceTrail;
import com.pilotledger.command.pilot.ReadinessPolicy;
import com.pilotledger.command.policy.EventStoreReadinessPolicies;
import com.pilotledger.command.policy.ReadinessPolicyHistory;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What would have happened under a policy version that is not in force: the whole event store read once, in order,
 * each pilot's readings kept as the pilot keeps them (the latest observation per domain counts) and assessed under
 * that version beside the recommendations really recorded. Read-only: it appends nothing and touches no view.
 */
@Component
public class WhatIf {

    /** The events a replay needs; the payloads of all others are never deserialized. */
    private static final Set<Class<?>> REPLAYED = Stream.concat(Stream.of(PilotRegistered.class,
            SignalRecorded.class, PostureRecommendationChanged.class, InvestmentAuthorizationRequested.class,
            InvestmentAuthorized.class, PilotKilled.class), EvidenceTrail.EVENTS.stream()).collect(Collectors.toSet());

    private final EventHistory events;
    private final EventStoreReadinessPolicies policies;
    private final Clock clock;

    public WhatIf(EventHistory events, EventStoreReadinessPolicies policies, Clock clock) {
        this.events = events;
        this.policies = policies;
        this.clock = clock;
    }

    public WhatIfReport of(String version) {
        ReadinessPolicyHistory history = policies.history();
        if (!history.knows(version)) {
            throw new CommandRefusedException(new CommandRefusal(ErrorCode.POLICY_VERSION_NOT_FOUND,
                    "No policy version " + version + " was proposed", Map.of("version", version)));
        }
        if (version.equals(history.activeVersion())) {
            throw new CommandRefusedException(new CommandRefusal(ErrorCode.POLICY_VERSION_ALREADY_ACTIVE,
                    "Policy version " + version + " is in force: its what-if is the portfolio itself",
                    Map.of("version", version)));
        }
        long started = System.nanoTime();
        Replay replay = new Replay(history.version(version));
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readAll()) {
            stream.forEach(replay::read);
        }
        List<WhatIfPosture> today = replay.today(clock.instant());
        return new WhatIfReport(version, history.version(version).rules(), history.activeVersion(),
                replay.pilots.size(), replay.recommendations.size(), replay.becomingOverrides.size(),
                replay.noLongerOverrides.size(), today.size(), replay.recommendations, replay.becomingOverrides,
                replay.noLongerOverrides, today, replay.eventsRead, (System.nanoTime() - started) / 1_000_000);
    }

    /** One pass over the history, pilot by pilot, under the what-if version. */
    private static final class Replay {

        private final ReadinessPolicy whatIf;
        private final Map<String, PilotReplay> pilots = new LinkedHashMap<>();
        private final List<WhatIfRecommendation> recommendations = new ArrayList<>();
        private final List<WhatIfAuthorization> becomingOverrides = new ArrayList<>();
        private final List<WhatIfAuthorization> noLongerOverrides = new ArrayList<>();
        private long eventsRead;

        Replay(ReadinessPolicy whatIf) {
            this.whatIf = whatIf;
        }

        void read(TrackedEventMessage<?> event) {
            eventsRead++;
            if (REPLAYED.contains(event.getPayloadType())) {
                on(event.getPayload(), event.getTimestamp());
            }
        }

        private void on(Object event, Instant recordedAt) {
            if (event instanceof PilotRegistered registered) {
                pilots.put(registered.pilotId(), new PilotReplay(registered.pilotId(), registered.name()));
                return;
            }
            PilotReplay pilot = pilots.get(((PilotEvent) event).pilotId());
            if (pilot == null) {
                return;
            }
            if (event instanceof PostureRecommendationChanged changed) {
                pilot.recorded = changed;
                compare(pilot, changed.changedAt());
                return;
            }
            // A signal's recommendation, if it changed, is the next event of the same command: compare after it.
            settle(pilot);
            if (event instanceof SignalRecorded signal) {
                pilot.take(signal);
                pilot.signalAt = signal.recordedAt();
            } else if (EvidenceTrail.EVENTS.contains(event.getClass())) {
                // Evidence beside the readings (gate review, breach, checklist, kill criterion) is assessed like a
                // reading: the recommendation it changed, if any, follows in the same command.
                pilot.evidence.take(event);
                pilot.signalAt = recordedAt;
            } else if (event instanceof InvestmentAuthorizationRequested requested) {
                pilot.whatIfAtRequest.put(requested.requestId(),
                        pilot.assess(whatIf, requested.requestedAt()).posture());
            } else if (event instanceof InvestmentAuthorized authorized) {
                judge(pilot, authorized);
            } else if (event instanceof PilotKilled) {
                pilot.killed = true;
            }
        }

        List<WhatIfPosture> today(Instant now) {
            List<WhatIfPosture> differing = new ArrayList<>();
            for (PilotReplay pilot : pilots.values()) {
                settle(pilot);
                PostureAssessment assessment = pilot.assess(whatIf, now);
                if (!pilot.killed && pilot.recorded != null && assessment.posture() != pilot.recorded.recommended()) {
                    differing.add(new WhatIfPosture(pilot.pilotId, pilot.name, pilot.recorded.recommended(),
                            pilot.recorded.policyVersion(), assessment.posture(), assessment.reason()));
                }
            }
            return differing;
        }

        private void settle(PilotReplay pilot) {
            if (pilot.signalAt != null) {
                compare(pilot, pilot.signalAt);
            }
        }

        /** Records the moment recorded and what-if recommendations start to differ (or differ differently). */
        private void compare(PilotReplay pilot, Instant at) {
            pilot.signalAt = null;
            if (pilot.recorded == null) {
                return;
            }
            PostureAssessment assessment = pilot.assess(whatIf, at);
            Posture recorded = pilot.recorded.recommended();
            List<Posture> pair = assessment.posture() == recorded ? null : List.of(recorded, assessment.posture());
            if (pair != null && !pair.equals(pilot.differing)) {
                recommendations.add(new WhatIfRecommendation(pilot.pilotId, pilot.name, at, recorded,
                        pilot.recorded.policyVersion(), assessment.posture(), assessment.reason()));
            }
            pilot.differing = pair;
        }

        /** The decision is judged against the what-if recommendation of the moment it was requested. */
        private void judge(PilotReplay pilot, InvestmentAuthorized authorized) {
            Posture whatIfRecommended = pilot.whatIfAtRequest.getOrDefault(authorized.requestId(),
                    pilot.assess(whatIf, authorized.decidedAt()).posture());
            boolean whatIfOverride = authorized.posture().isMorePermissiveThan(whatIfRecommended);
            if (whatIfOverride == authorized.override()) {
                return;
            }
            WhatIfAuthorization judged = new WhatIfAuthorization(pilot.pilotId, pilot.name, authorized.requestId(),
                    authorized.decidedAt(), authorized.posture(), authorized.recommendedPosture(),
                    authorized.override(), whatIfRecommended, whatIfOverride);
            (whatIfOverride ? becomingOverrides : noLongerOverrides).add(judged);
        }
    }

    /** What the replay keeps of one pilot. */
    private static final class PilotReplay {

        private final String pilotId;
        private final String name;
        private final Map<StabilizationDomain, SignalRecorded> counting = new EnumMap<>(StabilizationDomain.class);
        private final Map<String, Posture> whatIfAtRequest = new HashMap<>();
        private final EvidenceTrail evidence = new EvidenceTrail();
        private PostureRecommendationChanged recorded;
        /** When a signal was recorded whose recommendation has not been compared yet. */
        private Instant signalAt;
        private List<Posture> differing;
        private boolean killed;

        PilotReplay(String pilotId, String name) {
            this.pilotId = pilotId;
            this.name = name;
        }

        void take(SignalRecorded signal) {
            SignalRecorded current = counting.get(signal.domain());
            if (current == null || LatestObservation.supersedes(LatestObservation.observedAt(signal),
                    LatestObservation.observedAt(current))) {
                counting.put(signal.domain(), signal);
            }
        }

        PostureAssessment assess(ReadinessPolicy policy, Instant assessedAt) {
            Map<StabilizationDomain, ReadinessLevel> levels = new EnumMap<>(StabilizationDomain.class);
            counting.forEach((domain, signal) -> levels.put(domain, signal.level()));
            return policy.assess(evidence.with(levels), assessedAt);
        }
    }
}
