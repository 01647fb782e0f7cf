package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo} fills the board through the real commands, once, however often the application starts with it. */
class DemoPortfolioEndToEndTest extends EndToEndTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--demo", "--pilot-ledger.deadlines.polling-interval=200ms"};
    }

    @Test
    void theDemoPortfolioShowsTwelvePilotsAcrossThePosturesAndLoadsOnlyOnce() {
        JsonNode board = client.get("ada", "/api/pilots").body();
        assertThat(board.at("/totalPilots").asLong()).isEqualTo(12);
        Set<String> authorized = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        board.at("/rows").forEach(row -> {
            authorized.add(row.at("/authorizedPosture").asString());
            statuses.add(row.at("/status").asString());
        });
        assertThat(authorized).containsExactlyInAnyOrder("PAUSE", "CONTROLLED_INVESTMENT", "AUTHORIZE_DEPLOYMENT");
        assertThat(statuses).containsExactlyInAnyOrder("PROPOSED", "ACTIVE", "PAUSED", "KILLED");
        assertThat(client.get("ada", "/api/pilots?divergent=true").body().at("/totalPilots").asLong())
                .isGreaterThanOrEqualTo(2);
        JsonNode overrides = client.get("ada", "/api/audit?eventType=InvestmentAuthorized&size=100").body();
        assertThat(overrides.toString()).contains("\"override\":true");
        JsonNode concluded = client.get("ada", "/api/audit?eventType=GateReviewConcluded&size=10").body();
        assertThat(concluded.toString()).contains("Proceed to the scale decision",
                "Continue in pre-production with a gap-closure plan");
        // The demo's gap-closure plan fell due a month ago: its persisted deadline fires as soon as the ledger runs.
        within(Duration.ofSeconds(30), () -> client.get("ada", "/api/audit?eventType=GapClosurePlanOverdue").body()
                .at("/entries").isEmpty() ? null : true);

        long events = ledger.eventCount();
        ledger.stop();
        ledger.start();
        assertThat(ledger.eventCount()).isEqualTo(events);
        assertThat(ledger.client().get("ada", "/api/pilots").body().at("/totalPilots").asLong()).isEqualTo(12);
    }
}
