package com.pilotledger.command.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.metric.MetricBatchLimits;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.metric.RecordMetricPoints;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.command.policy.ReadinessPolicyHistory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.metric.ProductionMetric.COST_PER_TASK;
import static com.pilotledger.api.metric.ProductionMetric.HUMAN_ESCALATION_RATE;
import static com.pilotledger.api.metric.ProductionMetric.OUTPUT_QUALITY_SCORE;
import static com.pilotledger.api.metric.ProductionMetric.TASK_COMPLETION_RATE;
import static com.pilotledger.command.RefusalMatchers.refusedWith;

/** The pilot records what monitoring sends it only when the batch is usable evidence, and each batch once. */
class PilotMetricPointsTest {

    private static final String PILOT = "pilot-1";
    private static final Instant REGISTERED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-04-02T09:00:00Z");
    private static final Map<String, String> MONITOR = Map.of(AuditMetaData.ACTOR, "monitor");

    private AggregateTestFixture<Pilot> fixture;

    @BeforeEach
    void setUp() {
        fixture = PilotFixtures.pilotFixture(new ReadinessPolicyHistory());
    }

    @Test
    void recordsABatchOfAllFourMetricsWithWhoSentIt() {
        List<MetricPoint> points = List.of(point(TASK_COMPLETION_RATE, "94.5", NOW), point(OUTPUT_QUALITY_SCORE,
                "88", NOW), point(COST_PER_TASK, "0.0042", NOW), point(HUMAN_ESCALATION_RATE, "3.25", NOW));
        fixture.given(registered())
                .when(new RecordMetricPoints(PILOT, "batch-1", points, NOW), MONITOR)
                .expectEvents(new MetricPointsRecorded(PILOT, "batch-1", points, "monitor", NOW));
    }

    @Test
    void aResentBatchRecordsNothing() {
        List<MetricPoint> points = List.of(point(TASK_COMPLETION_RATE, "94.5", NOW));
        fixture.given(registered(), new MetricPointsRecorded(PILOT, "batch-1", points, "monitor", NOW))
                .when(new RecordMetricPoints(PILOT, "batch-1", points, NOW.plusSeconds(30)), MONITOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAPercentageAboveOneHundred() {
        refuses(List.of(point(TASK_COMPLETION_RATE, "100.01", NOW)));
    }

    @Test
    void refusesANegativeCost() {
        refuses(List.of(point(COST_PER_TASK, "-0.01", NOW)));
    }

    @Test
    void refusesAScoreWithMoreDecimalsThanTheViewsKeep() {
        refuses(List.of(point(OUTPUT_QUALITY_SCORE, "88.12345", NOW)));
    }

    @Test
    void refusesAPointObservedInTheFutureBeyondTheClockSkew() {
        refuses(List.of(point(TASK_COMPLETION_RATE, "90", NOW.plus(MetricBatchLimits.CLOCK_SKEW).plusSeconds(1))));
    }

    @Test
    void acceptsAPointFromAClockRunningSlightlyAhead() {
        List<MetricPoint> points = List.of(point(TASK_COMPLETION_RATE, "90", NOW.plus(MetricBatchLimits.CLOCK_SKEW)));
        fixture.given(registered())
                .when(new RecordMetricPoints(PILOT, "batch-1", points, NOW), MONITOR)
                .expectEvents(new MetricPointsRecorded(PILOT, "batch-1", points, "monitor", NOW));
    }

    @Test
    void refusesAPointObservedMoreThanAYearBeforeItIsRecorded() {
        refuses(List.of(point(TASK_COMPLETION_RATE, "90", NOW.minus(MetricBatchLimits.MAX_AGE).minusSeconds(1))));
    }

    @Test
    void refusesAPointWithoutAMetric() {
        refuses(List.of(new MetricPoint(null, BigDecimal.ONE, NOW)));
    }

    @Test
    void refusesTheSameMetricTwiceAtOneInstant() {
        refuses(List.of(point(TASK_COMPLETION_RATE, "90", NOW), point(TASK_COMPLETION_RATE, "91", NOW)));
    }

    @Test
    void refusesAnEmptyBatchAndAnOversizedOne() {
        refuses(List.of());
        refuses(Collections.nCopies(MetricBatchLimits.MAX_POINTS + 1, point(TASK_COMPLETION_RATE, "90", NOW)));
    }

    @Test
    void refusesABatchWithoutABatchId() {
        fixture.given(registered())
                .when(new RecordMetricPoints(PILOT, " ", List.of(point(TASK_COMPLETION_RATE, "90", NOW)), NOW),
                        MONITOR)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_METRIC_POINTS));
    }

    @Test
    void namesTheFirstPointThatBreaksTheRule() {
        fixture.given(registered())
                .when(new RecordMetricPoints(PILOT, "batch-1", List.of(point(TASK_COMPLETION_RATE, "90", NOW),
                        point(HUMAN_ESCALATION_RATE, "101", NOW)), NOW), MONITOR)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_METRIC_POINTS, Map.of("point", "1")));
    }

    private void refuses(List<MetricPoint> points) {
        fixture.given(registered())
                .when(new RecordMetricPoints(PILOT, "batch-1", points, NOW), MONITOR)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_METRIC_POINTS));
    }

    private static MetricPoint point(ProductionMetric metric, String value, Instant observedAt) {
        return new MetricPoint(metric, new BigDecimal(value), observedAt);
    }

    private static PilotRegistered registered() {
        return new PilotRegistered(PILOT, "Claims triage", "Operations", "COO", "owen", "Slow claims", "4 days",
                "1 day", Money.of("500000.00", "USD"), "No gain by day 90", "pam", REGISTERED, List.of());
    }
}
