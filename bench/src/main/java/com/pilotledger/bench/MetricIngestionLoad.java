package com.pilotledger.bench;

import com.pilotledger.api.metric.ProductionMetric;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S8: production metric ingestion through the real HTTP API. Monitoring systems (concurrent clients, signed in as
 * the demo monitoring account) send each pilot of the portfolio an hour of its four metrics, {@value #SAMPLES_PER_HOUR}
 * samples of each, pilot after pilot through the whole portfolio and round again, for the phase: 10,000 pilots x 4
 * metrics at full size. Every batch is new (its own batch id and hour), so none is a resent no-op.
 */
final class MetricIngestionLoad {

    /** A sample every five minutes, as monitoring reports ("every few minutes"), sent once an hour. */
    static final int SAMPLES_PER_HOUR = 12;
    static final int POINTS_PER_BATCH = SAMPLES_PER_HOUR * ProductionMetric.values().length;
    /** The hours start this far back, so even a small portfolio fed for a long phase stays in the past. */
    private static final Duration HISTORY = Duration.ofDays(360);

    private final List<String> pilots;
    private final BenchOptions options;
    private final Instant firstHour = Instant.now().minus(HISTORY).truncatedTo(ChronoUnit.HOURS);

    MetricIngestionLoad(List<String> pilots, BenchOptions options) {
        this.pilots = pilots;
        this.options = options;
    }

    ClientLoad.Outcome overHttp(LedgerHttp http) {
        return ClientLoad.run(options.clients(), options.phase(), (client, iteration) -> {
            // Unique per call: client c sends calls c, c + clients, c + 2 clients...
            long call = iteration * options.clients() + client;
            String pilot = pilots.get((int) (call % pilots.size()));
            long hour = call / pilots.size();
            http.post("/api/pilots/" + pilot + "/metrics", batch(hour), "monitor");
        });
    }

    private Map<String, Object> batch(long hour) {
        Instant start = firstHour.plus(Duration.ofHours(hour));
        List<Map<String, Object>> points = new ArrayList<>(POINTS_PER_BATCH);
        for (int sample = 0; sample < SAMPLES_PER_HOUR; sample++) {
            String observedAt = start.plus(Duration.ofMinutes(5L * sample)).toString();
            points.add(point(ProductionMetric.TASK_COMPLETION_RATE, BigDecimal.valueOf(900 + sample * 3, 1), observedAt));
            points.add(point(ProductionMetric.OUTPUT_QUALITY_SCORE, BigDecimal.valueOf(85 + sample % 3), observedAt));
            points.add(point(ProductionMetric.COST_PER_TASK, BigDecimal.valueOf(420 + sample, 4), observedAt));
            points.add(point(ProductionMetric.HUMAN_ESCALATION_RATE, BigDecimal.valueOf(60 - sample, 1), observedAt));
        }
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("batchId", "bench-hour-" + hour);
        batch.put("points", points);
        return batch;
    }

    private static Map<String, Object> point(ProductionMetric metric, BigDecimal value, String observedAt) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("metric", metric.name());
        point.put("value", value);
        point.put("observedAt", observedAt);
        return point;
    }
}
