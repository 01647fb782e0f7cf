package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.MetricPoint;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.pilotledger.api.metric.ProductionMetric.COST_PER_TASK;
import static com.pilotledger.api.metric.ProductionMetric.TASK_COMPLETION_RATE;
import static org.assertj.core.api.Assertions.assertThat;

class MetricWindowTest {

    private static final Instant DAY_ONE = Instant.parse("2026-05-01T00:00:00Z");

    private final MetricWindow window = new MetricWindow();

    @Test
    void theMedianOfAnEvenNumberOfPointsIsTheMeanOfTheMiddleTwo() {
        window.record(List.of(point("94", 0), point("90", 1), point("80", 2), point("91", 3)));

        assertThat(window.median(TASK_COMPLETION_RATE, DAY_ONE, DAY_ONE.plus(Duration.ofDays(4))))
                .isEqualByComparingTo("90.5");
        assertThat(window.median(COST_PER_TASK, DAY_ONE, DAY_ONE.plus(Duration.ofDays(4)))).isNull();
    }

    @Test
    void theMedianCountsOnlyPointsObservedWithinThePeriod() {
        window.record(List.of(point("50", 0), point("90", 1), point("92", 2)));

        assertThat(window.median(TASK_COMPLETION_RATE, DAY_ONE.plus(Duration.ofDays(1)), DAY_ONE.plus(Duration.ofDays(3))))
                .isEqualByComparingTo("91");
    }

    @Test
    void forgetsPointsObservedLongBeforeTheNewestOfTheirMetric() {
        window.record(List.of(point("10", 0), point("90", 36)));

        assertThat(window.median(TASK_COMPLETION_RATE, DAY_ONE, DAY_ONE.plus(Duration.ofDays(40))))
                .isEqualByComparingTo("90");
        assertThat(window.latest(TASK_COMPLETION_RATE).value()).isEqualByComparingTo("90");
    }

    private static MetricPoint point(String value, int day) {
        return new MetricPoint(TASK_COMPLETION_RATE, new BigDecimal(value), DAY_ONE.plus(Duration.ofDays(day)));
    }
}
