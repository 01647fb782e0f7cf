package com.pilotledger.query.metric;

import com.pilotledger.api.metric.BreachKind;
import com.pilotledger.api.metric.FindMeasuredMedians;
import com.pilotledger.api.metric.FindPilotMetrics;
import com.pilotledger.api.metric.MeasuredMedian;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.MetricSeries;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.MetricThresholdsSet;
import com.pilotledger.api.metric.PilotMetrics;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.query.support.EventPositions;
import com.pilotledger.query.support.ReadModelDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.metric.ProductionMetric.COST_PER_TASK;
import static com.pilotledger.api.metric.ProductionMetric.TASK_COMPLETION_RATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production metric read models on the application's own migration (H2 in PostgreSQL mode): each event counts
 * once however often it is delivered, the thresholds in force are the latest set, a reset empties everything, and the
 * queries answer a pilot's series and medians over a period.
 */
class ProductionMetricsProjectionTest {

    private static final String PILOT = "pilot-1";
    private static final Instant DAY_1 = Instant.parse("2026-10-01T09:00:00Z");

    private JdbcClient jdbc;
    private ProductionMetricsProjection projection;
    private ProductionMetricQueries queries;
    private final Map<String, Long> positions = new HashMap<>();

    @BeforeEach
    void createTables() {
        ReadModelDatabase database = new ReadModelDatabase();
        jdbc = database.jdbcClient();
        projection = new ProductionMetricsProjection(jdbc, database.jdbcTemplate(),
                new EventPositions(database.jdbcTemplate()) {
                    @Override
                    public long of(EventMessage<?> event) {
                        return positions.get(event.getIdentifier());
                    }
                });
        queries = new ProductionMetricQueries(jdbc);
    }

    @Test
    void aRedeliveredBatchAddsNoPoint() {
        EventMessage<MetricPointsRecorded> batch = stored(1, recorded("batch-1", point(TASK_COMPLETION_RATE, "94", 0),
                point(COST_PER_TASK, "0.42", 0)));
        projection.on(batch.getPayload(), batch);
        projection.on(batch.getPayload(), batch);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM metric_point").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theThresholdsInForceAreTheLatestSetEvenWhenAnEarlierSettingIsRedeliveredAfterIt() {
        EventMessage<MetricThresholdsSet> first = stored(1, thresholds("90", "85"));
        EventMessage<MetricThresholdsSet> second = stored(2, thresholds("92", "88"));
        projection.on(first.getPayload(), first);
        projection.on(second.getPayload(), second);
        projection.on(first.getPayload(), first);

        MetricSeries series = series(query(DAY_1, DAY_1.plus(Duration.ofDays(1)), 100), TASK_COMPLETION_RATE);
        assertThat(series.thresholds()).isEqualTo(new MetricThresholds(new BigDecimal("80"), new BigDecimal("92"),
                new BigDecimal("88"), new BigDecimal("70")));
        assertThat(series.points()).isEmpty();
    }

    @Test
    void aBreachIsShownOnceWithItsSeriesAndItsEvidence() {
        EventMessage<MetricPointsRecorded> batch = stored(1, recorded("batch-1", point(TASK_COMPLETION_RATE, "94", 0),
                point(TASK_COMPLETION_RATE, "79", 14)));
        EventMessage<MetricThresholdBreached> breach = stored(2, new MetricThresholdBreached(PILOT,
                TASK_COMPLETION_RATE, BreachKind.MINIMUM_ACCEPTABLE, new BigDecimal("85"), new BigDecimal("79"),
                at(14), "Task completion rate 79 is worse than the minimum acceptable 85", at(14)));
        projection.on(batch.getPayload(), batch);
        projection.on(breach.getPayload(), breach);
        projection.on(breach.getPayload(), breach);

        MetricSeries series = series(query(DAY_1, at(30), 100), TASK_COMPLETION_RATE);
        assertThat(series.points()).extracting(MetricPoint::value)
                .containsExactly(new BigDecimal("94.0000"), new BigDecimal("79.0000"));
        assertThat(series.breaches()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo(BreachKind.MINIMUM_ACCEPTABLE);
            assertThat(shown.limit()).isEqualTo(new BigDecimal("85"));
            assertThat(shown.observedAt()).isEqualTo(at(14));
            assertThat(shown.evidence()).contains("minimum acceptable 85");
        });
    }

    /**
     * In a processor's unit of work a batch's points and breaches are sent together when it commits, a redelivered
     * breach among them included, and nothing is written before.
     */
    @Test
    void withinAUnitOfWorkPointsAndBreachesAreWrittenOnceWhenItCommits() {
        EventMessage<MetricPointsRecorded> batch = stored(1, recorded("batch-1", point(TASK_COMPLETION_RATE, "79", 0)));
        EventMessage<MetricThresholdBreached> breach = stored(2, new MetricThresholdBreached(PILOT,
                TASK_COMPLETION_RATE, BreachKind.MINIMUM_ACCEPTABLE, new BigDecimal("85"), new BigDecimal("79"),
                at(0), "Below the minimum", at(0)));
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(batch);
        projection.on(batch.getPayload(), batch);
        projection.on(breach.getPayload(), breach);
        projection.on(breach.getPayload(), breach);

        assertThat(count("metric_point") + count("metric_breach")).as("before the commit").isZero();
        unitOfWork.commit();

        assertThat(count("metric_point")).isOne();
        assertThat(count("metric_breach")).isOne();
    }

    @Test
    void aSeriesKeepsTheLatestPointsUpToItsLimitOldestFirstAndSaysItWasCut() {
        EventMessage<MetricPointsRecorded> batch = stored(1, recorded("batch-1", point(TASK_COMPLETION_RATE, "90", 0),
                point(TASK_COMPLETION_RATE, "91", 1), point(TASK_COMPLETION_RATE, "92", 2)));
        projection.on(batch.getPayload(), batch);

        MetricSeries series = series(query(DAY_1, at(30), 2), TASK_COMPLETION_RATE);
        assertThat(series.points()).extracting(MetricPoint::observedAt).containsExactly(at(1), at(2));
        assertThat(series.truncated()).isTrue();
        assertThat(series(query(DAY_1, at(30), 3), TASK_COMPLETION_RATE).truncated()).isFalse();
    }

    @Test
    void aPeriodHoldsThePointsObservedFromItsStartUpToButExcludingItsEnd() {
        EventMessage<MetricPointsRecorded> batch = stored(1, recorded("batch-1", point(TASK_COMPLETION_RATE, "90", 0),
                point(TASK_COMPLETION_RATE, "91", 1), point(TASK_COMPLETION_RATE, "92", 2)));
        projection.on(batch.getPayload(), batch);

        assertThat(series(query(at(1), at(2), 100), TASK_COMPLETION_RATE).points()).extracting(MetricPoint::observedAt)
                .containsExactly(at(1));
        assertThat(query(at(5), at(6), 100).series()).as("a metric with nothing in the period has no series")
                .isEmpty();
    }

    @Test
    void theMediansOfAPeriodAreTakenPerMetricOverItsPoints() {
        EventMessage<MetricPointsRecorded> batch = stored(1, recorded("batch-1", point(TASK_COMPLETION_RATE, "90", 0),
                point(TASK_COMPLETION_RATE, "80", 1), point(TASK_COMPLETION_RATE, "95", 2),
                point(TASK_COMPLETION_RATE, "70", 40), point(COST_PER_TASK, "0.40", 0), point(COST_PER_TASK, "0.45", 1)));
        projection.on(batch.getPayload(), batch);

        List<MeasuredMedian> medians = queries.find(new FindMeasuredMedians(PILOT, DAY_1, at(28))).medians();
        assertThat(medians).containsExactly(
                new MeasuredMedian(TASK_COMPLETION_RATE, new BigDecimal("90.0000"), 3),
                new MeasuredMedian(COST_PER_TASK, new BigDecimal("0.425"), 2));
    }

    @Test
    void aResetEmptiesEveryMetricReadModel() {
        EventMessage<MetricPointsRecorded> batch = stored(1, recorded("batch-1", point(TASK_COMPLETION_RATE, "90", 0)));
        EventMessage<MetricThresholdsSet> set = stored(2, thresholds("90", "85"));
        projection.on(batch.getPayload(), batch);
        projection.on(set.getPayload(), set);

        projection.reset();

        for (String table : List.of("metric_point", "metric_threshold", "metric_breach")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private PilotMetrics query(Instant from, Instant to, int limit) {
        return queries.find(new FindPilotMetrics(PILOT, from, to, limit));
    }

    private static MetricSeries series(PilotMetrics metrics, ProductionMetric metric) {
        return metrics.series().stream().filter(series -> series.metric() == metric).findFirst().orElseThrow();
    }

    private <T> EventMessage<T> stored(long position, T payload) {
        EventMessage<T> message = GenericEventMessage.asEventMessage(payload);
        positions.put(message.getIdentifier(), position);
        return message;
    }

    private static MetricPointsRecorded recorded(String batchId, MetricPoint... points) {
        return new MetricPointsRecorded(PILOT, batchId, List.of(points), "monitor", at(40));
    }

    private static MetricThresholdsSet thresholds(String target, String minimum) {
        return new MetricThresholdsSet(PILOT, TASK_COMPLETION_RATE, new MetricThresholds(new BigDecimal("80"),
                new BigDecimal(target), new BigDecimal(minimum), new BigDecimal("70")), "pam", DAY_1);
    }

    private static MetricPoint point(ProductionMetric metric, String value, int day) {
        return new MetricPoint(metric, new BigDecimal(value), at(day));
    }

    private static Instant at(int day) {
        return DAY_1.plus(Duration.ofDays(day));
    }
}
