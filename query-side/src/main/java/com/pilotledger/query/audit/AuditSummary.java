package com.pilotledger.query.audit;

import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.checklist.ChecklistItemAssessed;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.ninetyday.NinetyDayReviewEvent;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentRequestClosed;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotOwnerAssigned;
import com.pilotledger.api.pilot.PilotOwnerRemoved;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.policy.ReadinessPolicyProposed;
import com.pilotledger.query.support.Texts;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One readable sentence per event, for auditors scanning a timeline; the payload carries the full detail. A sentence
 * quotes what people wrote (evidence, reasons of up to 4,000 characters), so it is shortened by design to what the
 * {@code audit_entry.summary} column holds, ending in an ellipsis; the payload beside it keeps the text whole.
 */
final class AuditSummary {

    /** The length of {@code audit_entry.summary} (VARCHAR(2000)), in characters. */
    static final int MAX_LENGTH = 2000;

    private AuditSummary() {
    }

    static String of(Object event) {
        return shortened(sentenceOf(event));
    }

    private static String labels(Set<StabilizationDomain> domains) {
        return domains.isEmpty() ? "no domain"
                : domains.stream().map(StabilizationDomain::label).collect(Collectors.joining(", "));
    }

    /** Cut between characters, never inside a surrogate pair, so the stored text stays valid Unicode. */
    static String shortened(String sentence) {
        return Texts.shortened(sentence, MAX_LENGTH);
    }

    private static String sentenceOf(Object event) {
        if (event instanceof PilotRegistered e) {
            return "Registered pilot \"" + e.name() + "\" for " + e.businessUnit() + ", requesting "
                    + money(e.requestedCapital()) + "; operational owner " + e.operationalOwner()
                    + MetricSummary.measurable(e.measurableKillCriteria());
        }
        if (event instanceof SignalRecorded e) {
            return e.domain().label() + " recorded as " + e.level().label() + " (" + e.level().gateReviewWord()
                    + "): " + e.evidence();
        }
        if (event instanceof ChecklistItemAssessed e) {
            return "Readiness checklist, " + e.criterion().domain().label() + ": \"" + e.criterion().words()
                    + "\" assessed " + e.status().label() + ": " + e.evidence();
        }
        if (event instanceof PostureRecommendationChanged e) {
            return "Policy " + e.policyVersion() + " recommends " + e.recommended().label()
                    + (e.previous() == null ? "" : " (was " + e.previous().label() + ")") + ": " + e.reason();
        }
        if (event instanceof InvestmentAuthorizationRequested e) {
            return "Requested " + e.posture().label() + " with " + money(e.capital()) + overrideOf(e.override(),
                    e.recommendedPosture(), e.overrideJustification()) + NinetyDayReviewSummary.projections(
                    e.kpiProjections()) + ". Rationale: " + e.rationale();
        }
        if (event instanceof InvestmentAuthorized e) {
            return "Authorized " + e.posture().label() + " with " + money(e.capital()) + overrideOf(e.override(),
                    e.recommendedPosture(), e.overrideJustification()) + ". Decided by " + e.decidedBy()
                    + authority(e.deciderAuthority()) + (e.approvedBy() == null ? ""
                    : ", approved by " + e.approvedBy() + authority(e.approverAuthority()))
                    + ". Rationale: " + e.rationale();
        }
        if (event instanceof InvestmentRequestClosed e) {
            return "Request " + e.outcome().name().toLowerCase() + (e.code() == null ? "" : " (" + e.code() + ")")
                    + ": " + e.reason();
        }
        if (event instanceof PilotPaused e) {
            return "Paused (from " + e.pausedFrom().label() + "): " + e.reason();
        }
        if (event instanceof PilotKilled e) {
            return "Killed: " + e.reason();
        }
        if (event instanceof PilotOwnerAssigned e) {
            return e.owner() + " became an owner of the pilot (records its evidence)";
        }
        if (event instanceof PilotOwnerRemoved e) {
            return e.owner() + " is no longer an owner of the pilot";
        }
        if (event instanceof ReadinessPolicyProposed e) {
            return "Proposed readiness policy " + e.version() + ": pause while " + labels(e.rules().pauseGates())
                    + " is below " + e.rules().gateMinimum().label() + " or has no reading; Authorize Deployment "
                    + "requires " + labels(e.rules().deploymentRequires()) + " established. Reason: " + e.reason();
        }
        if (event instanceof ReadinessPolicyActivated e) {
            return "Readiness policy " + e.version() + " in force from " + e.effectiveFrom() + " (was "
                    + e.previousVersion() + "): " + e.reason();
        }
        if (event instanceof MetricPointsRecorded e) {
            return metricPoints(e);
        }
        if (event instanceof NinetyDayReviewEvent e) {
            return NinetyDayReviewSummary.of(e);
        }
        return GateReviewSummary.of(event).orElseGet(() -> MetricSummary.of(event));
    }

    /** How many points, from when to when, and the latest value of each metric in the batch. */
    private static String metricPoints(MetricPointsRecorded batch) {
        Map<ProductionMetric, MetricPoint> latest = new EnumMap<>(ProductionMetric.class);
        batch.points().forEach(point -> latest.merge(point.metric(), point,
                (kept, next) -> next.observedAt().isAfter(kept.observedAt()) ? next : kept));
        Instant first = batch.points().stream().map(MetricPoint::observedAt).min(Comparator.naturalOrder())
                .orElse(batch.recordedAt());
        Instant last = batch.points().stream().map(MetricPoint::observedAt).max(Comparator.naturalOrder())
                .orElse(batch.recordedAt());
        return "Recorded " + batch.points().size() + " production metric point" + (batch.points().size() == 1 ? "" : "s")
                + " (batch " + batch.batchId() + "), observed " + first + (first.equals(last) ? "" : " to " + last)
                + "; latest: " + latest.values().stream().map(point -> point.metric().label() + " "
                + point.value().toPlainString() + " " + point.metric().unit().symbol())
                .collect(Collectors.joining(", "));
    }

    static String overrideOf(boolean override, Posture recommended, String justification) {
        return override ? " — OVERRIDE of recommended " + recommended.label() + ": " + justification : "";
    }

    static String authority(Authority authority) {
        return authority == null || authority.holder() == null ? " (no approval limit)"
                : " (limit " + money(authority.limit()) + " as " + authority.holder().kind().name().toLowerCase()
                + " " + authority.holder().name() + ")";
    }

    /** A length of time as people say it: "72 hours", "1 hour", "90 minutes", never ISO-8601's PT72H. */
    static String duration(Duration duration) {
        if (duration.toSecondsPart() != 0 || duration.isZero()) {
            return count(duration.toSeconds(), "second");
        }
        if (duration.toMinutesPart() != 0) {
            return count(duration.toMinutes(), "minute");
        }
        return count(duration.toHours(), "hour");
    }

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

    static String money(Money money) {
        return money.currency() + " " + String.format("%,.2f", money.amount());
    }
}
