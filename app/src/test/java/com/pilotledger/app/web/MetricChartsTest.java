package com.pilotledger.app.web;

import com.pilotledger.api.metric.BreachKind;
import com.pilotledger.api.metric.MetricBreach;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricSeries;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.app.metric.MetricReader;
import com.pilotledger.app.pilot.PortfolioCurrency;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** What a production metric's chart draws: the series, the thresholds as labelled levels, breaches where they are. */
class MetricChartsTest {

    private static final Instant TO = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant FROM = TO.minus(Duration.ofDays(90));
    private static final Instant OCT_1 = Instant.parse("2026-10-01T00:00:00Z");

    private final MetricCharts charts = new MetricCharts(mock(MetricReader.class), new PortfolioCurrency("EUR"));

    @Test
    void drawsEveryThresholdAsALevelAndTheBreachBelowTheMinimumAcceptable() {
        MetricChart chart = charts.chart(new MetricSeries(ProductionMetric.TASK_COMPLETION_RATE,
                new MetricThresholds(decimal("80"), decimal("95"), decimal("85"), decimal("70")),
                List.of(point("94", 0), point("93", 7), point("79", 14)), false,
                List.of(new MetricBreach(ProductionMetric.TASK_COMPLETION_RATE, BreachKind.MINIMUM_ACCEPTABLE,
                        decimal("85"), decimal("79"), day(14), "79 is below 85", day(14)))), FROM, TO);

        assertThat(chart.levels()).extracting(MetricChart.Level::label)
                .containsExactly("Baseline 80", "Target 95", "Minimum acceptable 85", "Kill threshold 70");
        assertThat(chart.line().split(" ")).hasSize(3);
        MetricChart.Level minimum = chart.levels().get(2);
        MetricChart.Level kill = chart.levels().get(3);
        assertThat(chart.marks()).singleElement().satisfies(mark -> {
            assertThat(mark.y()).as("drawn below the minimum acceptable, above the kill threshold")
                    .isGreaterThan(minimum.y()).isLessThan(kill.y());
            assertThat(mark.title()).isEqualTo("2026-10-15: 79 %, worse than the minimum acceptable (85). 79 is "
                    + "below 85");
        });
        assertThat(chart.breaches()).containsExactly(chart.marks().get(0).title());
        assertThat(chart.latest()).isEqualTo("Latest 79 % on 2026-10-15");
        assertThat(chart.description()).startsWith("Task completion rate in % from 2026-10-01 to 2026-11-30: 3 points");
    }

    @Test
    void everyPointLiesInThePlotWhateverItsValue() {
        MetricChart chart = charts.chart(new MetricSeries(ProductionMetric.OUTPUT_QUALITY_SCORE, null,
                List.of(new MetricPoint(ProductionMetric.OUTPUT_QUALITY_SCORE, decimal("0"), day(0)),
                        new MetricPoint(ProductionMetric.OUTPUT_QUALITY_SCORE, decimal("100"), day(30))), false,
                List.of()), FROM, TO);

        for (String coordinates : chart.line().split(" ")) {
            double x = Double.parseDouble(coordinates.split(",")[0]);
            double y = Double.parseDouble(coordinates.split(",")[1]);
            assertThat(x).isBetween((double) MetricChart.LEFT, (double) MetricChart.RIGHT);
            assertThat(y).isBetween((double) MetricChart.TOP, (double) MetricChart.BOTTOM);
        }
        assertThat(chart.ticks()).extracting(MetricChart.Tick::label).containsExactly("0", "25", "50", "75", "100");
    }

    @Test
    void aCostIsShownInThePortfolioCurrencyPerTaskWithTicksFineEnoughForCents() {
        MetricChart chart = charts.chart(new MetricSeries(ProductionMetric.COST_PER_TASK, null,
                List.of(new MetricPoint(ProductionMetric.COST_PER_TASK, decimal("0.0420"), day(0)),
                        new MetricPoint(ProductionMetric.COST_PER_TASK, decimal("0.0510"), day(1))), true,
                List.of()), FROM, TO);

        assertThat(chart.unit()).isEqualTo("EUR per task");
        assertThat(chart.latest()).isEqualTo("Latest 0.051 EUR per task on 2026-10-02");
        assertThat(chart.ticks()).extracting(MetricChart.Tick::label).doesNotHaveDuplicates();
        assertThat(chart.truncated()).isTrue();
    }

    private static MetricPoint point(String value, int day) {
        return new MetricPoint(ProductionMetric.TASK_COMPLETION_RATE, decimal(value), day(day));
    }

    private static Instant day(int day) {
        return OCT_1.plus(Duration.ofDays(day));
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
