package com.pilotledger.command.pilot;

import com.pilotledger.api.checklist.ChecklistItemAssessed;
import com.pilotledger.api.metric.KillCriterionMet;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.MetricValues;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.api.review.GateReviewOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence beside the readings, taken from one pilot's events in the order they were recorded, the way the Pilot
 * keeps it: for replays of the history that load no aggregate (the what-if of a policy version).
 */
public final class EvidenceTrail {

    /** The events that change the evidence; a replay needs no other. */
    public static final Set<Class<?>> EVENTS = Set.of(GateReviewConcluded.class, MetricThresholdBreached.class,
            ChecklistItemAssessed.class, KillCriterionMet.class);

    private final ReadinessChecklist checklist = new ReadinessChecklist();
    private boolean gateReviewProceeds;
    private Instant lastBreachAt;
    private final List<String> killCriteriaMet = new ArrayList<>();

    public void take(Object event) {
        if (event instanceof GateReviewConcluded concluded) {
            gateReviewProceeds = proceeds(concluded);
        } else if (event instanceof MetricThresholdBreached breach) {
            lastBreachAt = lastBreachAt == null ? breach.observedAt()
                    : BreachReports.later(lastBreachAt, breach.observedAt());
        } else if (event instanceof ChecklistItemAssessed assessed) {
            checklist.record(assessed);
        } else if (event instanceof KillCriterionMet met) {
            killCriteriaMet.add(words(met));
        }
    }

    public ReadinessEvidence with(Map<StabilizationDomain, ReadinessLevel> readings) {
        return new ReadinessEvidence(readings, gateReviewProceeds, lastBreachAt, checklist.hasItemNotStarted(),
                killCriteriaMet);
    }

    /** Whether a concluded review lets the scale decision proceed: only when every signal was Confirmed. */
    static boolean proceeds(GateReviewConcluded concluded) {
        return concluded.outcome() == GateReviewOutcome.PROCEED;
    }

    /** A met kill criterion as the recommendation's reason quotes it. */
    static String words(KillCriterionMet met) {
        return met.criterion().words() + " (measured " + MetricValues.format(met.criterion().metric(), met.level())
                + ")";
    }
}
