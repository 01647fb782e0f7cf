package com.pilotledger.app.e2e;

import com.pilotledger.api.metric.BreachKind;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.MetricThresholdsSet;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.app.projection.ProjectionCatchUp;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production metrics over HTTP: a monitoring system sends batches of points, each recorded once however often it is
 * sent; a wrong point is refused with its name and nothing is recorded; only monitoring systems, pilot owners and
 * portfolio managers send, and a monitoring system reads nothing; the series shows with its thresholds and breaches,
 * in the API and as the pilot page's charts.
 */
class ProductionMetricsEndToEndTest extends EndToEndTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aBatchIsRecordedOnceHoweverOftenItIsSent() {
        String path = registered("Claims triage");
        Map<String, Object> batch = batch("run-1", allFour(now.minus(Duration.ofDays(2)), "94", "88", "0.0420", "3"),
                allFour(now.minus(Duration.ofDays(1)), "92", "86", "0.0450", "4"));
        long before = ledger.eventCount();

        LedgerClient.Response first = client.post("monitor", path + "/metrics", batch);
        LedgerClient.Response resent = client.post("monitor", path + "/metrics", batch);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().at("/points").asInt()).isEqualTo(8);
        assertThat(first.body().at("/batchId").asString()).isEqualTo("run-1");
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.text()).isEqualTo(first.text());
        assertThat(ledger.eventCount()).as("one MetricPointsRecorded").isEqualTo(before + 1);

        Map<String, String> key = Map.of("Idempotency-Key", "monitor-run-2");
        Map<String, Object> next = batch("run-2", allFour(now.minus(Duration.ofHours(1)), "90", "85", "0.0470", "5"));
        LedgerClient.Response keyed = client.post("monitor", path + "/metrics", next, key);
        LedgerClient.Response retried = client.post("monitor", path + "/metrics", next, key);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.text()).isEqualTo(keyed.text());
        assertThat(ledger.eventCount()).isEqualTo(before + 2);

        awaitViews();
        JsonNode series = seriesOf(client.get("pam", path + "/metrics").body(), "TASK_COMPLETION_RATE");
        assertThat(series.at("/points").size()).as("each point once").isEqualTo(3);
        assertThat(series.at("/points/0/value").decimalValue()).isEqualByComparingTo("94");
        JsonNode medians = client.get("pam", path + "/metrics/medians").body().at("/medians");
        assertThat(medians.size()).isEqualTo(4);
        assertThat(medians.get(0).at("/metric").asString()).isEqualTo("TASK_COMPLETION_RATE");
        assertThat(medians.get(0).at("/median").decimalValue()).isEqualByComparingTo("92");
        assertThat(medians.get(0).at("/points").asInt()).isEqualTo(3);
    }

    @Test
    void aWrongPointIsRefusedByNameAndNothingIsRecorded() {
        String path = registered("Invoice matching");
        long before = ledger.eventCount();

        assertRefused(path, batch("b", point("TASK_COMPLETION_RATE", "100.5", now)), "points[0].value");
        assertRefused(path, batch("b", point("COST_PER_TASK", "0.1", now), point("COST_PER_TASK", "-0.1",
                now.minusSeconds(60))), "points[1].value");
        assertRefused(path, batch("b", point("OUTPUT_QUALITY_SCORE", "88.12345", now)), "points[0].value");
        assertRefused(path, batch("b", point("HUMAN_ESCALATION_RATE", "3", now.plus(Duration.ofHours(1)))),
                "points[0].observedAt");
        assertRefused(path, batch("b", point("HUMAN_ESCALATION_RATE", "3", now.minus(Duration.ofDays(400)))),
                "points[0].observedAt");
        assertRefused(path, batch("b"), "points");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(point("TASK_COMPLETION_RATE", "90", now.minusSeconds(i)));
        }
        assertRefused(path, Map.of("batchId", "b", "points", tooMany), "points");
        assertRefused(path, Map.of("points", List.of(point("TASK_COMPLETION_RATE", "90", now))), "batchId");

        LedgerClient.Response unknownMetric = client.post("monitor", path + "/metrics",
                batch("b", point("LATENCY", "90", now)));
        assertThat(unknownMetric.status()).isEqualTo(400);
        assertThat(unknownMetric.header("Content-Type")).startsWith("application/problem+json");
        LedgerClient.Response twice = client.post("monitor", path + "/metrics",
                batch("b", point("TASK_COMPLETION_RATE", "90", now), point("TASK_COMPLETION_RATE", "91", now)));
        assertThat(twice.status()).as("the pilot's own rule").isEqualTo(422);
        assertThat(twice.body().at("/code").asString()).isEqualTo("INVALID_METRIC_POINTS");

        assertThat(ledger.eventCount()).isEqualTo(before);
    }

    @Test
    void onlyMonitoringPilotOwnersAndPortfolioManagersSendAndMonitoringReadsNothing() {
        String path = registered("Contract review");
        Map<String, Object> batch = batch("by-hand", point("TASK_COMPLETION_RATE", "90", now));

        assertThat(client.post("owen", path + "/metrics", batch).status()).isEqualTo(200);
        assertThat(client.post("pam", path + "/metrics", batch("pm", point("TASK_COMPLETION_RATE", "91", now)))
                .status()).isEqualTo(200);
        assertThat(client.post("ada", path + "/metrics", batch).status()).isEqualTo(403);
        assertThat(client.post("eve", path + "/metrics", batch).status()).isEqualTo(403);
        assertThat(client.get("monitor", path).status()).isEqualTo(403);
        assertThat(client.get("monitor", path + "/metrics").status()).isEqualTo(403);
        assertThat(client.get("monitor", "/api/pilots").status()).isEqualTo(403);

        LedgerClient.Response unknown = client.post("monitor", "/api/pilots/no-such-pilot/metrics", batch);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().at("/code").asString()).isEqualTo("PILOT_NOT_FOUND");
        assertThat(client.get("pam", "/api/pilots/no-such-pilot/metrics").status()).isEqualTo(404);

        assertThat(client.post("pam", path + "/kill", reason("Vendor withdrew")).status()).isEqualTo(200);
        LedgerClient.Response afterKill = client.post("monitor", path + "/metrics",
                batch("late", point("TASK_COMPLETION_RATE", "90", now)));
        assertThat(afterKill.status()).isEqualTo(409);
        assertThat(afterKill.body().at("/code").asString()).isEqualTo("PILOT_KILLED");
    }

    @Test
    void theSeriesShowsItsThresholdsAndBreachesInTheApiAndOnThePilotPage() {
        String path = registered("Demand forecasting");
        String pilotId = path.substring(path.lastIndexOf('/') + 1);
        Instant breachAt = now.minus(Duration.ofDays(1));
        assertThat(client.post("monitor", path + "/metrics", batch("run-1",
                point("TASK_COMPLETION_RATE", "94", now.minus(Duration.ofDays(3))),
                point("TASK_COMPLETION_RATE", "79", breachAt))).status()).isEqualTo(200);
        // What the pilot itself will record once thresholds and breach detection are in place.
        append(pilotId, new MetricThresholdsSet(pilotId, ProductionMetric.TASK_COMPLETION_RATE, new MetricThresholds(
                decimal("80"), decimal("95"), decimal("85"), decimal("70")), "pam", now.minus(Duration.ofDays(5))));
        append(pilotId, new MetricThresholdBreached(pilotId, ProductionMetric.TASK_COMPLETION_RATE,
                BreachKind.MINIMUM_ACCEPTABLE, decimal("85"), decimal("79"), breachAt,
                "Task completion rate 79 is below the minimum acceptable 85", now));
        awaitViews();

        JsonNode series = seriesOf(client.get("pam", path + "/metrics").body(), "TASK_COMPLETION_RATE");
        assertThat(series.at("/thresholds/minimumAcceptable").decimalValue()).isEqualByComparingTo("85");
        assertThat(series.at("/breaches").size()).isEqualTo(1);
        assertThat(series.at("/breaches/0/kind").asString()).isEqualTo("MINIMUM_ACCEPTABLE");

        HttpResponse<String> page = PageSession.signIn(ledger.port(), "pam").get("/pilots/" + pilotId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"production-metrics\"", "data-metric=\"TASK_COMPLETION_RATE\"",
                "<polyline class=\"series\"", "Minimum acceptable 85", "Kill threshold 70", "<circle class=\"breach\"",
                "worse than the minimum acceptable (85). Task completion rate 79 is below the minimum acceptable 85");
    }

    private void assertRefused(String path, Map<String, Object> batch, String field) {
        LedgerClient.Response refused = client.post("monitor", path + "/metrics", batch);
        assertThat(refused.status()).as(field).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo(field);
    }

    private void append(String pilotId, Object event) {
        EventStore store = ledger.bean(EventStore.class);
        long next = store.lastSequenceNumberFor(pilotId).map(last -> last + 1).orElse(0L);
        store.publish(new GenericDomainEventMessage<>("Pilot", pilotId, next, event));
    }

    private void awaitViews() {
        assertThat(ledger.bean(ProjectionCatchUp.class).awaitCurrentHead(Duration.ofSeconds(30))).isTrue();
    }

    private static JsonNode seriesOf(JsonNode metrics, String metric) {
        for (JsonNode series : metrics.at("/series")) {
            if (series.at("/metric").asString().equals(metric)) {
                return series;
            }
        }
        throw new AssertionError("No series of " + metric + " in " + metrics);
    }

    private String registered(String name) {
        return client.post("pam", "/api/pilots", registration(name, "Operations", "owen", "500000.00"))
                .header("Location");
    }

    private static Map<String, Object> batch(String batchId, Object... points) {
        List<Object> all = new ArrayList<>();
        for (Object point : points) {
            if (point instanceof List<?> several) {
                all.addAll(several);
            } else {
                all.add(point);
            }
        }
        return Map.of("batchId", batchId, "points", all);
    }

    private static List<Map<String, Object>> allFour(Instant at, String completion, String quality, String cost,
                                                     String escalation) {
        return List.of(point("TASK_COMPLETION_RATE", completion, at), point("OUTPUT_QUALITY_SCORE", quality, at),
                point("COST_PER_TASK", cost, at), point("HUMAN_ESCALATION_RATE", escalation, at));
    }

    private static Map<String, Object> point(String metric, String value, Instant observedAt) {
        Map<String, Object> point = new HashMap<>();
        point.put("metric", metric);
        point.put("value", new BigDecimal(value));
        point.put("observedAt", observedAt.toString());
        return point;
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
