package com.pilotledger.app.e2e;

import com.pilotledger.app.projection.RebuildStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/** What operators see: probes, their details for administrators, the Prometheus metrics, and a rebuild's status. */
class OperationsEndToEndTest extends EndToEndTest {

    @Test
    void probesArePublicAndShowOnlyAStatus() {
        LedgerClient.Response readiness = client.get(null, "/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.body().has("components")).isFalse();
        assertThat(client.get(null, "/actuator/health/liveness").body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void readinessShowsAdministratorsTheProcessorsAndTheParkedEvents() {
        client.post("pam", "/api/pilots", registration("Watched", "Stores", "owen", "100000.00"));

        JsonNode components = client.get("alex", "/actuator/health/readiness").body().get("components");

        JsonNode processors = components.get("eventProcessors");
        assertThat(processors.get("status").asString()).isEqualTo("UP");
        JsonNode readModels = processors.get("details").get("read-models");
        assertThat(readModels.get("running").asBoolean()).isTrue();
        assertThat(readModels.get("segments")).hasSize(4);
        assertThat(readModels.get("segments").get(0).has("lag")).isTrue();
        assertThat(processors.get("details").has("InvestmentAuthorizationProcessProcessor")).isTrue();
        JsonNode parked = components.get("deadLetters");
        assertThat(parked.get("status").asString()).isEqualTo("UP");
        assertThat(parked.get("details").get("parked").asLong()).isZero();
        assertThat(parked.get("details").get("byProcessingGroup").has("pilot-capital-policy")).isTrue();
        assertThat(components.get("views").get("details").get("rebuilding").asBoolean()).isFalse();
    }

    @Test
    void prometheusServesTheLedgersMetricsToAdministratorsOnly() {
        String pilot = client.post("pam", "/api/pilots", registration("Measured", "Finance", "owen", "100000.00"))
                .header("Location");
        client.post("owen", pilot + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Owner named"));
        client.post("pam", pilot + "/kill", reason("Kill criteria met"));
        assertThat(client.post("pam", pilot + "/kill", reason("Again")).status()).isEqualTo(409);

        assertThat(client.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(client.get("ada", "/actuator/prometheus").status()).isEqualTo(403);
        LedgerClient.Response metrics = client.get("alex", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text())
                .containsPattern("pilot_ledger_commands_total\\{[^}]*code=\"none\",command=\"RecordSignal\""
                        + "[^}]*outcome=\"handled\"")
                .containsPattern("pilot_ledger_commands_total\\{[^}]*code=\"PILOT_KILLED\",command=\"KillPilot\""
                        + "[^}]*outcome=\"refused\"[^}]*} 1")
                .containsPattern("pilot_ledger_processor_lag_events\\{[^}]*processor=\"read-models\"")
                .containsPattern("pilot_ledger_dead_letters\\{[^}]*processing_group=\"pilot-detail\"[^}]*} 0");
    }

    @Test
    void whileTheViewsAreRebuiltTheirReadsAnswer503WithRetryAfterAndReadinessIsOutOfService() {
        RebuildStatus status = ledger.bean(RebuildStatus.class);
        status.started(1200);
        status.advanced(300);
        try {
            LedgerClient.Response board = client.get("ada", "/api/pilots");
            assertThat(board.status()).isEqualTo(503);
            assertThat(board.header("Retry-After")).isEqualTo("10");
            assertThat(board.header("Content-Type")).contains("application/problem+json");
            assertThat(board.body().get("code").asString()).isEqualTo("VIEWS_REBUILDING");
            assertThat(board.body().get("eventsDone").asLong()).isEqualTo(300);
            assertThat(board.body().get("eventsTotal").asLong()).isEqualTo(1200);
            assertThat(client.get("ada", "/api/capital").status()).isEqualTo(503);
            assertThat(client.get("alex", "/api/dead-letters").status()).isEqualTo(200);
            var page = PageSession.signIn(ledger.port(), "ada").get("/");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("The views are being rebuilt").contains("300 of 1200 events");

            assertThat(client.get(null, "/actuator/health/readiness").status()).isEqualTo(503);
            JsonNode views = client.get("alex", "/actuator/health/readiness").body().get("components").get("views");
            assertThat(views.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(views.get("details").get("eventsDone").asLong()).isEqualTo(300);
        } finally {
            status.finished();
        }
        assertThat(client.get("ada", "/api/pilots").status()).isEqualTo(200);
        assertThat(client.get(null, "/actuator/health/readiness").status()).isEqualTo(200);
    }
}
