package com.pilotledger.app.e2e;

import com.pilotledger.app.projection.ProjectionRebuild;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/** Every read model can be thrown away and rebuilt from the event store, row for row. */
class ProjectionRebuildEndToEndTest extends EndToEndTest {

    private static final Map<String, String> READ_MODELS = Map.ofEntries(
            Map.entry("board_pilot", "pilot_id"),
            Map.entry("board_pilot_version", "event_position"),
            Map.entry("board_total", "business_unit, authorized_posture, status"),
            Map.entry("pilot_case", "pilot_id"),
            Map.entry("pilot_reading", "pilot_id, domain"),
            Map.entry("pilot_recommendation", "pilot_id, sequence_number"),
            Map.entry("pilot_signal", "pilot_id, sequence_number"),
            Map.entry("pilot_decision", "pilot_id, sequence_number"),
            Map.entry("audit_entry", "global_index"),
            Map.entry("capital_settings", "portfolio_id"),
            Map.entry("capital_budget", "event_position"),
            Map.entry("approval_limit", "holder_kind, holder"),
            Map.entry("capital_pilot", "pilot_id"),
            Map.entry("capital_request", "request_id"),
            Map.entry("pilot_metric", "pilot_id, sequence_number"),
            Map.entry("metric_point", "event_position, point_index"),
            Map.entry("metric_threshold", "pilot_id, metric"),
            Map.entry("metric_breach", "event_position"));


    @Test
    void theProjectionsShareOnePooledStreamingProcessorAndEachProcessRunsInItsOwn() {
        Map<String, EventProcessor> processors = ledger.bean(EventProcessingConfiguration.class).eventProcessors();
        assertThat(processors).containsOnlyKeys("read-models", "pilot-capital-policy", "readiness-policy-rollout",
                "InvestmentAuthorizationProcessProcessor", "notifications");
        assertThat(processors.values()).allMatch(PooledStreamingEventProcessor.class::isInstance);
    }

    @Test
    void handlersWriteTheirRowsAndTokensInSpringTransactions() {
        assertThat(ledger.bean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void replayingTheEventStoreReproducesEveryReadModelRow() {
        for (int i = 0; i < 6; i++) {
            String path = client.post("pam", "/api/pilots",
                    registration("Pilot " + i, i % 2 == 0 ? "Stores" : "Finance", "owen", (100000 + i) + ".00"))
                    .header("Location");
            client.post("owen", path + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Owner named " + i));
            client.post("owen", path + "/signals", signal("GOVERNANCE_CONTINUITY", "STABILIZING", "Approvals " + i));
            client.post("owen", path + "/signals", signal("PRODUCTION_ECONOMICS", i % 3 == 0 ? "UNSETTLED" : "ESTABLISHED",
                    "Costs " + i));
            client.post("monitor", path + "/metrics", metricBatch(i));
            if (i % 2 == 1) {
                assertThat(client.post("eve", path + "/authorizations", authorization("CONTROLLED_INVESTMENT",
                        "50000.00", "Bounded", i % 3 == 0 ? "Costs tracked by finance meanwhile" : null)).status())
                        .isEqualTo(200);
            }
            if (i == 3) {
                client.post("pam", path + "/pause", reason("Escalation path unclear"));
            }
            if (i == 5) {
                client.post("pam", path + "/kill", reason("Kill criteria met"));
            }
        }
        Map<String, List<Map<String, Object>>> before = readModels();
        assertThat(before.get("audit_entry")).hasSize((int) ledger.eventCount());
        assertThat(before.get("board_pilot")).hasSize(6);
        assertThat(before.get("capital_request")).hasSize(3);
        assertThat(before.get("board_pilot_version")).hasSizeGreaterThan(6 * 4);
        assertThat(before.get("pilot_signal")).hasSize(6 * 3);
        assertThat(before.get("metric_point")).hasSize(6 * 4);

        assertThat(ledger.bean(ProjectionRebuild.class).rebuildAll(Duration.ofSeconds(60))).isTrue();

        assertThat(readModels()).isEqualTo(before);
    }

    /** All four production metrics observed an hour ago, as monitoring sends them. */
    private static Map<String, Object> metricBatch(int i) {
        String observedAt = Instant.now().minus(Duration.ofHours(1)).toString();
        return Map.of("batchId", "run-" + i, "points", List.of(
                Map.of("metric", "TASK_COMPLETION_RATE", "value", 90 + i, "observedAt", observedAt),
                Map.of("metric", "OUTPUT_QUALITY_SCORE", "value", 80 + i, "observedAt", observedAt),
                Map.of("metric", "COST_PER_TASK", "value", new BigDecimal("0.04" + i), "observedAt", observedAt),
                Map.of("metric", "HUMAN_ESCALATION_RATE", "value", 5 + i, "observedAt", observedAt)));
    }

    private Map<String, List<Map<String, Object>>> readModels() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        READ_MODELS.forEach((table, order) -> rows.put(table, ledger.rows(table, order)));
        return rows;
    }
}
