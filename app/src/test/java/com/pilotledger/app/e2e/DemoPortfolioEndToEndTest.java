package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
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
        List<String> breaches = new ArrayList<>();
        List<String> killCriteriaMet = new ArrayList<>();
        board.at("/rows").forEach(row -> {
            if (row.at("/name").asString().equals("Store labor scheduling")) {
                JsonNode checklist = client.get("ada", "/api/pilots/" + row.at("/pilotId").asString() + "/checklist")
                        .body();
                assertThat(checklist.toString()).contains("\"status\":\"NOT_STARTED\"", "\"assessedBy\":\"owen\"");
            }
            if (!row.at("/recentBreach").isNull()) {
                breaches.add(row.at("/recentBreach").asString());
            }
            if (!row.at("/killCriteriaMet").isNull()) {
                killCriteriaMet.add(row.at("/killCriteriaMet").asString());
            }
        });
        assertThat(breaches).hasSize(2)
                .anySatisfy(breach -> assertThat(breach).contains("below its minimum acceptable of 82 %"))
                .anySatisfy(breach -> assertThat(breach).contains("its 4-week median"));
        assertThat(killCriteriaMet).singleElement().asString()
                .startsWith("Kill criterion met: Output quality score below 75 points on ");
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

    @Test
    void theReturnsFraudDetectorsTaskCompletionDeclinesFrom94To79OverItsLastTwoWeeks() {
        LedgerClient reader = ledger.client();
        String pilotId = null;
        for (JsonNode row : reader.get("pam", "/api/pilots?q=Returns").body().at("/rows")) {
            pilotId = row.at("/pilotId").asString();
        }
        JsonNode completion = null;
        for (JsonNode series : reader.get("pam", "/api/pilots/" + pilotId + "/metrics").body().at("/series")) {
            if (series.at("/metric").asString().equals("TASK_COMPLETION_RATE")) {
                completion = series.at("/points");
            }
        }
        assertThat(completion).as("a point a day for 56 days").hasSize(56);
        assertThat(completion.get(42).at("/value").decimalValue()).isEqualByComparingTo("94.0");
        assertThat(completion.get(55).at("/value").decimalValue()).isEqualByComparingTo("79.0");
    }
}
