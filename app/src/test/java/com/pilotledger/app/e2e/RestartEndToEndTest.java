package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import tools.jackson.databind.JsonNode;

import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping and starting the application loses nothing: events, views and the rules they enforce survive; and it leaves
 * no thread of its own behind.
 */
class RestartEndToEndTest extends EndToEndTest {

    @Test
    void everythingIsStillThereAfterARestart() {
        String kept = client.post("pam", "/api/pilots", registration("Inventory optimization", "Supply chain", "owen", "700000.00"))
                .header("Location");
        client.post("owen", kept + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Supply chain owns it"));
        client.post("owen", kept + "/signals", signal("GOVERNANCE_CONTINUITY", "ESTABLISHED", "Approval path formal"));
        client.post("owen", kept + "/signals", signal("PRODUCTION_ECONOMICS", "STABILIZING", "Cost per run tracked"));
        client.post("eve", kept + "/authorizations", authorization("CONTROLLED_INVESTMENT", "300000.00", "Two DCs first", null));
        String killed = client.post("pam", "/api/pilots", registration("Store layout vision", "Stores", "owen", "90000.00"))
                .header("Location");
        client.post("pam", killed + "/kill", reason("No production data access"));
        long events = ledger.eventCount();
        JsonNode keptBefore = client.get("ada", kept).body();
        JsonNode historyBefore = client.get("ada", "/api/audit?size=500").body();

        ledger.stop();
        ledger.start();
        client = ledger.client();

        assertThat(ledger.eventCount()).isEqualTo(events);
        assertThat(client.get("ada", kept).body()).isEqualTo(keptBefore);
        assertThat(client.get("ada", "/api/audit?size=500").body()).isEqualTo(historyBefore);
        LedgerClient.Response refused = client.post("owen", killed + "/signals",
                signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Too late"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().at("/code").asString()).isEqualTo("PILOT_KILLED");
        LedgerClient.Response later = client.post("owen", kept + "/signals",
                signal("PRODUCTION_ECONOMICS", "ESTABLISHED", "Finance signed off the run rate"));
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.body().at("/summary/readings/PRODUCTION_ECONOMICS").asString()).isEqualTo("ESTABLISHED");
        assertThat(later.body().at("/decisions/0/decidedBy").asString()).isEqualTo("eve");
    }

    @Test
    void theCommandThreadsAreBoundedAndStopWithTheApplication() {
        ThreadPoolTaskExecutor commandThreads = ledger.bean(ThreadPoolTaskExecutor.class);
        assertThat(client.post("pam", "/api/pilots", registration("Churn prediction", "Marketing", "owen", "100000.00"))
                .status()).isEqualTo(201);
        assertThat(commandThreads.getMaxPoolSize()).isEqualTo(8);
        assertThat(commandThreads.getPoolSize()).isBetween(1, 8);

        ledger.stop();
        assertThat(commandThreads.getThreadPoolExecutor().isTerminated()).isTrue();
        ledger.start();
        client = ledger.client();
    }
}
