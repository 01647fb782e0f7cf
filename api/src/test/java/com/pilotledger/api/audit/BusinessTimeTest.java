package com.pilotledger.api.audit;

import com.pilotledger.api.capital.CapitalBudgetSet;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.BreachKind;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.ninetyday.NinetyDayReviewDue;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.review.GapClosurePlanOverdue;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.api.review.GateReviewOutcome;
import com.pilotledger.api.review.ScaleReadinessSignal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessTimeTest {

    private static final Instant FEB_5 = Instant.parse("2026-02-05T09:00:00Z");
    private static final Instant FEB_20 = Instant.parse("2026-02-20T09:00:00Z");
    private static final Instant STORED = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aReadingHappenedWhenItWasObserved() {
        assertThat(BusinessTime.of(signal(FEB_5, FEB_20), STORED)).isEqualTo(FEB_5);
    }

    @Test
    void aReadingStoredWithoutObservationTimeHappenedWhenItWasRecorded() {
        assertThat(BusinessTime.of(signal(null, FEB_20), STORED)).isEqualTo(FEB_20);
    }

    @Test
    void aDecisionHappenedWhenItWasDecided() {
        assertThat(BusinessTime.of(new PilotPaused("pilot-1", "Costs unclear", Posture.CONTROLLED_INVESTMENT, "pam",
                FEB_20), STORED)).isEqualTo(FEB_20);
    }

    @Test
    void aChangeOfDecisionRightsHappenedWhenItWasSet() {
        assertThat(BusinessTime.of(new CapitalBudgetSet(Money.of("5000000.00", "USD"), null, "Annual budget", "ada",
                FEB_5), STORED)).isEqualTo(FEB_5);
    }

    @Test
    void aPolicyVersionTookEffectWhenItWasActivated() {
        assertThat(BusinessTime.of(new ReadinessPolicyActivated("v2", "v1", FEB_20, "alex", "Stricter sequencing"),
                STORED)).isEqualTo(FEB_20);
    }

    @Test
    void aBatchOfMetricPointsHappenedWhenItsLatestPointWasObserved() {
        MetricPointsRecorded batch = new MetricPointsRecorded("pilot-1", "run-7", List.of(
                new MetricPoint(ProductionMetric.TASK_COMPLETION_RATE, new BigDecimal("94"), FEB_20),
                new MetricPoint(ProductionMetric.COST_PER_TASK, new BigDecimal("0.42"), FEB_5)), "monitor", STORED);
        assertThat(BusinessTime.of(batch, STORED)).isEqualTo(FEB_20);
    }

    @Test
    void aNinetyDayReviewFellDueAtItsDueInstantHoweverLateItsDeadlineFired() {
        assertThat(BusinessTime.of(new NinetyDayReviewDue("pilot-1", "request-1", FEB_20, FEB_20.plus(
                Duration.ofDays(14))), STORED)).isEqualTo(FEB_20);
    }

    @Test
    void aBreachHappenedWhenItsPointWasObservedNotWhenItWasDetected() {
        assertThat(BusinessTime.of(new MetricThresholdBreached("pilot-1", ProductionMetric.TASK_COMPLETION_RATE,
                BreachKind.MINIMUM_ACCEPTABLE, new BigDecimal("80"), new BigDecimal("78"), FEB_5, "Below 80 %",
                FEB_20), STORED)).isEqualTo(FEB_5);
    }

    @Test
    void aGapClosurePlanWentOverdueAtItsDueDate() {
        assertThat(BusinessTime.of(new GapClosurePlanOverdue("pilot-1", "review-1", "plan-1",
                ScaleReadinessSignal.END_USERS_PREPARED, "Chris", FEB_20), STORED)).isEqualTo(FEB_20);
    }

    @Test
    void aGateReviewConcludedWhenItWasConcluded() {
        assertThat(BusinessTime.of(new GateReviewConcluded("pilot-1", "review-1", GateReviewOutcome.PROCEED, Map.of(),
                List.of(), List.of(), "pam", FEB_5), STORED)).isEqualTo(FEB_5);
    }

    @Test
    void anEventWithoutAnInstantOfItsOwnHappenedWhenTheStoreRecordedIt() {
        assertThat(BusinessTime.of("an event of an unknown kind", STORED)).isEqualTo(STORED);
    }

    private static SignalRecorded signal(Instant observedAt, Instant recordedAt) {
        return new SignalRecorded("pilot-1", StabilizationDomain.OPERATIONAL_OWNERSHIP, ReadinessLevel.ESTABLISHED,
                "Service owns it", null, observedAt, null, "owen", recordedAt);
    }
}
