package com.pilotledger.app.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo} fills the board through the real commands, once, however often the application starts with it. */
@Tag("end-to-end")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPortfolioEndToEndTest {

    private RunningLedger ledger;

    @BeforeAll
    void start() {
        ledger = new RunningLedger("--demo");
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    @Test
    void theDemoPortfolioShowsTwelvePilotsAcrossThePosturesAndLoadsOnlyOnce() {
        JsonNode board = ledger.client().get("ada", "/api/pilots").body();
        assertThat(board.at("/totalPilots").asLong()).isEqualTo(12);
        Set<String> authorized = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        board.at("/rows").forEach(row -> {
            authorized.add(row.at("/authorizedPosture").asString());
            statuses.add(row.at("/status").asString());
        });
        assertThat(authorized).containsExactlyInAnyOrder("PAUSE", "CONTROLLED_INVESTMENT", "AUTHORIZE_DEPLOYMENT");
        assertThat(statuses).containsExactlyInAnyOrder("PROPOSED", "ACTIVE", "PAUSED", "KILLED");
        assertThat(ledger.client().get("ada", "/api/pilots?divergent=true").body().at("/totalPilots").asLong())
                .isGreaterThanOrEqualTo(2);
        JsonNode overrides = ledger.client().get("ada", "/api/audit?eventType=InvestmentAuthorized&size=100").body();
        assertThat(overrides.toString()).contains("\"override\":true");

        long events = ledger.eventCount();
        ledger.stop();
        ledger.start();
        assertThat(ledger.eventCount()).isEqualTo(events);
        assertThat(ledger.client().get("ada", "/api/pilots").body().at("/totalPilots").asLong()).isEqualTo(12);
    }
}
