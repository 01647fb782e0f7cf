package com.pilotledger.app.e2e;

import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.metric.RecordMetricPoints;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production metric thresholds over HTTP: a pilot with every domain established is recommended Authorize Deployment
 * under v1; under a version 2 that requires evidence besides the readings, a breach of its task completion rate adds
 * "no breached threshold in the last 48 hours" to what Authorize Deployment still needs, until the breach's 48 hours
 * end (a persisted deadline). A measurable kill criterion met recommends Pause, and the board flags it.
 * <p>
 * Points are recorded through the application's command path ({@link CommandSender}), the path the monitoring
 * ingestion endpoint sends them on too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MetricWatchEndToEndTest extends EndToEndTest {

    private static final String V2_REASON_WITHOUT_BREACH = "Authorize Deployment also needs a concluded gate review "
            + "that said proceed, no readiness checklist item Not started";
    private static final String BREACH_PART = "no breached threshold in the last 48 hours";
    private static final String[] DOMAINS = {"OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY", "DEPLOYMENT_SEQUENCING",
            "PRODUCTION_ECONOMICS", "OPERATIONAL_RESILIENCE", "PORTFOLIO_COORDINATION"};

    private String established;

    @Test
    @Order(1)
    void thresholdsGivenAtRegistrationAndSetLaterAreValidatedByThePilot() {
        Map<String, Object> body = new HashMap<>(registration("Claims triage", "Claims", "owen", "500000.00"));
        body.put("metricThresholds", Map.of("TASK_COMPLETION_RATE", Map.of("baseline", 88, "target", 95,
                "minimumAcceptable", 80, "killThreshold", 70)));
        LedgerClient.Response registered = client.post("pam", "/api/pilots", body);
        assertThat(registered.status()).isEqualTo(201);
        established = registered.body().at("/summary/pilotId").asString();
        assertThat(client.get("ada", "/api/audit?eventType=MetricThresholdsSet").body().at("/entries/0/summary")
                .asString()).isEqualTo("Thresholds of task completion rate set: baseline 88 %, target 95 %, minimum "
                + "acceptable 80 %, kill threshold 70 %");

        String escalation = "/api/pilots/" + established + "/metrics/HUMAN_ESCALATION_RATE/thresholds";
        assertThat(client.put("owen", escalation, Map.of("minimumAcceptable", 10)).status()).isEqualTo(403);
        assertThat(client.put("pam", escalation, Map.of("minimumAcceptable", 10, "killThreshold", 20)).status())
                .isEqualTo(200);
        long events = ledger.eventCount();
        LedgerClient.Response outOfOrder = client.put("pam", escalation,
                Map.of("minimumAcceptable", 10, "killThreshold", 5));
        assertThat(outOfOrder.status()).isEqualTo(422);
        assertThat(outOfOrder.body().at("/code").asString()).isEqualTo("INVALID_METRIC_THRESHOLDS");
        LedgerClient.Response unknownMetric = client.put("pam", "/api/pilots/" + established
                + "/metrics/HAPPINESS/thresholds", Map.of("minimumAcceptable", 10));
        assertThat(unknownMetric.status()).isEqualTo(400);
        LedgerClient.Response tooPrecise = client.put("pam", escalation, Map.of("minimumAcceptable", "10.123456"));
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(ledger.eventCount()).isEqualTo(events);
    }

    @Test
    @Order(2)
    void aBreachHoldsAuthorizeDeploymentBackUnderVersionTwoUntilItsFortyEightHoursEnd() throws InterruptedException {
        for (String domain : DOMAINS) {
            assertThat(client.post("owen", "/api/pilots/" + established + "/signals",
                    signal(domain, "ESTABLISHED", "Gate review: " + domain)).status()).isEqualTo(200);
        }
        assertThat(recommendation(established).at("/posture").asString()).isEqualTo("AUTHORIZE_DEPLOYMENT");

        assertThat(client.post("alex", "/api/policy/versions", versionTwo()).status()).isEqualTo(201);
        assertThat(client.post("alex", "/api/policy/versions/v2/activation", reason("The articles' evidence"))
                .status()).isEqualTo(200);
        assertThat(recommendation(established).at("/reason").asString()).isEqualTo(V2_REASON_WITHOUT_BREACH);

        // Observed 20 seconds short of 48 hours ago: the breach counts now, and its 48 hours end in 20 seconds.
        Instant now = Instant.now();
        record(established, "breach-1", now, new MetricPoint(ProductionMetric.TASK_COMPLETION_RATE,
                new BigDecimal("76"), now.minus(Duration.ofHours(48)).plusSeconds(20)));

        JsonNode held = recommendation(established);
        assertThat(held.at("/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(held.at("/reason").asString()).contains(BREACH_PART);
        JsonNode breach = client.get("ada", "/api/audit?eventType=MetricThresholdBreached").body().at("/entries/0");
        assertThat(breach.at("/summary").asString()).startsWith("Threshold breached (task completion rate worse "
                + "than the minimum acceptable): Task completion rate was 76 % at ");
        assertThat(breach.at("/actor").asString()).isEqualTo("monitoring");
        assertThat(row(established).at("/recentBreach").asString()).contains("below its minimum acceptable of 80 %");
        assertThat(PageSession.signIn(ledger.port(), "pam").get("/").body()).contains("Threshold breached");

        String reason = held.at("/reason").asString();
        for (int waited = 0; waited < 90 && reason.contains(BREACH_PART); waited++) {
            Thread.sleep(1_000);
            reason = recommendation(established).at("/reason").asString();
        }
        assertThat(reason).isEqualTo(V2_REASON_WITHOUT_BREACH);
        assertThat(row(established).at("/recentBreach").isNull()).isTrue();
    }

    @Test
    @Order(3)
    void aKillCriterionMetRecommendsPauseAndTheBoardFlagsIt() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Map<String, Object> body = new HashMap<>(registration("Invoice matching", "Finance", "owen", "300000.00"));
        body.put("measurableKillCriteria", List.of(Map.of("metric", "TASK_COMPLETION_RATE", "comparison", "BELOW",
                "threshold", 85, "by", yesterday.toString())));
        LedgerClient.Response registered = client.post("pam", "/api/pilots", body);
        assertThat(registered.status()).isEqualTo(201);
        String pilot = registered.body().at("/summary/pilotId").asString();
        assertThat(recommendation(pilot).at("/reason").asString()).doesNotContain("Kill criteria met");

        Instant endOfYesterday = yesterday.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        record(pilot, "week-before", Instant.now(), IntStream.range(1, 6).mapToObj(day -> new MetricPoint(
                ProductionMetric.TASK_COMPLETION_RATE, new BigDecimal("79"),
                endOfYesterday.minus(Duration.ofDays(day)))).toArray(MetricPoint[]::new));

        JsonNode paused = recommendation(pilot);
        assertThat(paused.at("/posture").asString()).isEqualTo("PAUSE");
        assertThat(paused.at("/reason").asString()).isEqualTo("Kill criteria met: Task completion rate below 85 % on "
                + yesterday + " (measured 79 %). Killing the pilot is a human decision");
        assertThat(row(pilot).at("/killCriteriaMet").asString()).startsWith("Kill criterion met: Task completion rate "
                + "below 85 % on " + yesterday);
        assertThat(client.get("owen", "/api/pilots/" + pilot).body().at("/summary/status").asString())
                .isNotEqualTo("KILLED");

        HttpResponse<String> board = PageSession.signIn(ledger.port(), "pam").get("/");
        assertThat(board.body()).contains("Kill criteria met").doesNotContain("Threshold breached");
    }

    private JsonNode recommendation(String pilot) {
        return client.get("owen", "/api/pilots/" + pilot).body().at("/recommendation");
    }

    private JsonNode row(String pilot) {
        JsonNode rows = client.get("owen", "/api/pilots?size=200").body().at("/rows");
        for (JsonNode row : rows) {
            if (row.at("/pilotId").asString().equals(pilot)) {
                return row;
            }
        }
        throw new AssertionError("No board row for " + pilot);
    }

    private void record(String pilot, String batch, Instant recordedAt, MetricPoint... points) {
        ledger.bean(CommandSender.class).send(new RecordMetricPoints(pilot, batch, List.of(points), recordedAt),
                new CommandOrigin("monitoring", Set.of("MONITOR"), "metric-watch", null));
    }

    private static Map<String, Object> versionTwo() {
        return Map.of("version", "v2",
                "pauseGates", List.of("OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY", "PRODUCTION_ECONOMICS"),
                "gateMinimum", "STABILIZING",
                "deploymentRequires", List.of(DOMAINS),
                "deploymentEvidence", List.of("GATE_REVIEW_PROCEEDS", "NO_RECENT_BREACH", "CHECKLIST_STARTED"),
                "reason", "The articles ask for evidence besides the readings");
    }
}
