package com.pilotledger.api.audit;

import com.pilotledger.api.capital.ApprovalLimitRemoved;
import com.pilotledger.api.capital.ApprovalLimitSet;
import com.pilotledger.api.capital.ApprovalWindowSet;
import com.pilotledger.api.capital.CapitalBudgetSet;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestExpired;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReservationReleased;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.FourEyesThresholdSet;
import com.pilotledger.api.capital.PilotCapitalFrozen;
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.checklist.ChecklistItemAssessed;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.ninetyday.NinetyDayReviewCompleted;
import com.pilotledger.api.ninetyday.NinetyDayReviewDue;
import com.pilotledger.api.ninetyday.NinetyDayReviewOverdue;
import com.pilotledger.api.ninetyday.NinetyDayReviewScheduled;
import com.pilotledger.api.metric.KillCriterionMet;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.MetricThresholdsSet;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.InvestmentRequestClosed;
import com.pilotledger.api.pilot.LatestObservation;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotOwnerAssigned;
import com.pilotledger.api.pilot.PilotOwnerRemoved;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.policy.ReadinessPolicyProposed;
import com.pilotledger.api.review.GapClosurePlanCompleted;
import com.pilotledger.api.review.GapClosurePlanOverdue;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.api.review.GateReviewConvened;
import com.pilotledger.api.review.ScaleReadinessAssessed;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * When an event happened in the business, as opposed to when the store recorded it: the event's own instant (a
 * pilot's registration, a reading's observation, a decision, a request, a change of rights...). The demo and any
 * history entered after the fact are recorded today with business times months back, so an auditor filters on this.
 * An event without an instant of its own happened when it was recorded.
 */
public final class BusinessTime {

    private static final Map<Class<?>, Function<Object, Instant>> INSTANTS = Map.ofEntries(
            of(PilotRegistered.class, PilotRegistered::registeredAt),
            of(SignalRecorded.class, LatestObservation::observedAt),
            of(PostureRecommendationChanged.class, PostureRecommendationChanged::changedAt),
            of(InvestmentAuthorizationRequested.class, InvestmentAuthorizationRequested::requestedAt),
            of(InvestmentAuthorized.class, InvestmentAuthorized::decidedAt),
            of(InvestmentRequestClosed.class, InvestmentRequestClosed::closedAt),
            of(PilotPaused.class, PilotPaused::decidedAt),
            of(PilotKilled.class, PilotKilled::decidedAt),
            of(PilotOwnerAssigned.class, PilotOwnerAssigned::assignedAt),
            of(PilotOwnerRemoved.class, PilotOwnerRemoved::removedAt),
            of(CapitalReserved.class, CapitalReserved::reservedAt),
            of(CapitalRequestApproved.class, CapitalRequestApproved::approvedAt),
            of(CapitalRequestRejected.class, CapitalRequestRejected::rejectedAt),
            of(CapitalRequestExpired.class, CapitalRequestExpired::expiredAt),
            of(CapitalCommitted.class, CapitalCommitted::committedAt),
            of(CapitalReservationReleased.class, CapitalReservationReleased::releasedAt),
            of(PilotCapitalFrozen.class, PilotCapitalFrozen::frozenAt),
            of(PilotCapitalReleased.class, PilotCapitalReleased::releasedAt),
            of(CapitalBudgetSet.class, CapitalBudgetSet::setAt),
            of(ApprovalLimitSet.class, ApprovalLimitSet::setAt),
            of(ApprovalLimitRemoved.class, ApprovalLimitRemoved::removedAt),
            of(FourEyesThresholdSet.class, FourEyesThresholdSet::setAt),
            of(ApprovalWindowSet.class, ApprovalWindowSet::setAt),
            of(ReadinessPolicyProposed.class, ReadinessPolicyProposed::proposedAt),
            of(ReadinessPolicyActivated.class, ReadinessPolicyActivated::effectiveFrom),
            of(ChecklistItemAssessed.class, ChecklistItemAssessed::assessedAt),
            of(MetricPointsRecorded.class, BusinessTime::lastObserved),
            of(NinetyDayReviewScheduled.class, NinetyDayReviewScheduled::authorizedAt),
            of(NinetyDayReviewDue.class, NinetyDayReviewDue::dueAt),
            of(NinetyDayReviewOverdue.class, NinetyDayReviewOverdue::overdueAt),
            of(NinetyDayReviewCompleted.class, NinetyDayReviewCompleted::completedAt),
            of(MetricThresholdsSet.class, MetricThresholdsSet::setAt),
            of(MetricThresholdBreached.class, MetricThresholdBreached::observedAt),
            of(KillCriterionMet.class, KillCriterionMet::metAt),
            of(GateReviewConvened.class, GateReviewConvened::convenedAt),
            of(ScaleReadinessAssessed.class, ScaleReadinessAssessed::assessedAt),
            of(GateReviewConcluded.class, GateReviewConcluded::concludedAt),
            of(GapClosurePlanOverdue.class, GapClosurePlanOverdue::dueAt),
            of(GapClosurePlanCompleted.class, GapClosurePlanCompleted::completedAt));

    private BusinessTime() {
    }

    /** The event's business instant, or {@code recordedAt} for an event that has none. */
    public static Instant of(Object event, Instant recordedAt) {
        Function<Object, Instant> instant = INSTANTS.get(event.getClass());
        Instant happened = instant == null ? null : instant.apply(event);
        return happened == null ? recordedAt : happened;
    }

    /** A batch of metric points reports what was observed up to its latest point. */
    private static Instant lastObserved(MetricPointsRecorded batch) {
        return batch.points().stream().map(MetricPoint::observedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    private static <E> Map.Entry<Class<?>, Function<Object, Instant>> of(Class<E> type, Function<E, Instant> instant) {
        return Map.entry(type, event -> instant.apply(type.cast(event)));
    }
}
