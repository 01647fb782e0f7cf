package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Amounts.exact;
import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/** The life of one pilot over HTTP, from registration to kill, read back from every view right after each step. */
class PilotJourneyEndToEndTest extends EndToEndTest {

    @Test
    void aPilotGoesFromRegistrationThroughRecommendationAuthorizationAndPauseToKill() {
        LedgerClient.Response registered = client.post("pam", "/api/pilots",
                registration("Demand forecasting", "Merchandising", "owen", "1200000.00"));
        assertThat(registered.status()).isEqualTo(201);
        String path = registered.header("Location");
        assertThat(path).startsWith("/api/pilots/");
        String pilotId = path.substring("/api/pilots/".length());
        assertThat(registered.body().at("/recommendation/posture").asString()).isEqualTo("PAUSE");
        assertThat(boardRow(pilotId).at("/status").asString()).isEqualTo("PROPOSED");

        client.post("owen", path + "/signals", signal("OPERATIONAL_OWNERSHIP", "STABILIZING", "Support rota drafted"));
        client.post("owen", path + "/signals", signal("GOVERNANCE_CONTINUITY", "STABILIZING", "Approval path agreed"));
        assertThat(client.get("pam", path).body().at("/recommendation/posture").asString()).isEqualTo("PAUSE");
        LedgerClient.Response economics = client.post("owen", path + "/signals",
                signal("PRODUCTION_ECONOMICS", "STABILIZING", "Cost per forecast tracked weekly"));
        assertThat(economics.status()).isEqualTo(200);
        assertThat(economics.body().at("/recommendation/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(boardRow(pilotId).at("/recommendedPosture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(boardRow(pilotId).at("/readings/PRODUCTION_ECONOMICS").asString()).isEqualTo("STABILIZING");
        assertThat(boardRow(pilotId).at("/divergent").asBoolean()).isTrue();

        LedgerClient.Response controlled = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "250000.00", "Bounded rollout while sequencing forms", null));
        assertThat(controlled.status()).isEqualTo(200);
        JsonNode row = boardRow(pilotId);
        assertThat(row.at("/authorizedPosture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(row.at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(exact(row.at("/capitalAuthorized/amount"))).isEqualByComparingTo("250000");
        assertThat(row.at("/divergent").asBoolean()).isFalse();
        assertThat(controlled.body().at("/decisions/0/override").asBoolean()).isFalse();
        assertThat(controlled.body().at("/decisions/0/decidedBy").asString()).isEqualTo("eve");

        long events = ledger.eventCount();
        LedgerClient.Response unjustified = client.post("eve", path + "/authorizations",
                authorization("AUTHORIZE_DEPLOYMENT", "450000.00", "Peak season", null));
        assertThat(unjustified.status()).isEqualTo(422);
        assertThat(unjustified.body().at("/code").asString()).isEqualTo("OVERRIDE_JUSTIFICATION_REQUIRED");
        assertThat(ledger.eventCount()).isEqualTo(events);

        LedgerClient.Response override = client.post("eve", path + "/authorizations",
                authorization("AUTHORIZE_DEPLOYMENT", "450000.00", "Peak season", "Board mandate for Q4"),
                Map.of("X-Correlation-Id", "board-q4-decision"));
        assertThat(override.status()).isEqualTo(200);
        assertThat(override.header("X-Correlation-Id")).isEqualTo("board-q4-decision");
        JsonNode overrideDecision = override.body().at("/decisions/1");
        assertThat(overrideDecision.at("/override").asBoolean()).isTrue();
        assertThat(overrideDecision.at("/overrideJustification").asString()).isEqualTo("Board mandate for Q4");
        assertThat(overrideDecision.at("/recommendedPosture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(boardRow(pilotId).at("/divergent").asBoolean()).isTrue();

        LedgerClient.Response paused = client.post("pam", path + "/pause", reason("Approval authority unclear"));
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.body().at("/decisions/2/kind").asString()).isEqualTo("PAUSE");
        assertThat(paused.body().at("/decisions/2/rationale").asString()).isEqualTo("Approval authority unclear");
        assertThat(paused.body().at("/decisions/2/decidedBy").asString()).isEqualTo("pam");
        assertThat(boardRow(pilotId).at("/status").asString()).isEqualTo("PAUSED");
        assertThat(boardRow(pilotId).at("/authorizedPosture").asString()).isEqualTo("PAUSE");

        LedgerClient.Response killed = client.post("pam", path + "/kill", reason("Sponsor left; no owner in sight"));
        assertThat(killed.status()).isEqualTo(200);
        assertThat(boardRow(pilotId).at("/status").asString()).isEqualTo("KILLED");

        events = ledger.eventCount();
        assertRefused(client.post("owen", path + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Too late")));
        assertRefused(client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "1.00", "Revive", "Why not")));
        assertRefused(client.post("pam", path + "/pause", reason("Hold")));
        assertRefused(client.post("pam", path + "/kill", reason("Again")));
        assertThat(ledger.eventCount()).isEqualTo(events);

        JsonNode history = client.get("ada", path + "/history?size=100").body();
        List<String> types = new ArrayList<>();
        history.at("/entries").forEach(entry -> types.add(entry.at("/eventType").asString()));
        assertThat(types).containsExactly("PilotRegistered", "PilotOwnerAssigned", "PostureRecommendationChanged",
                "SignalRecorded", "PostureRecommendationChanged", "SignalRecorded", "PostureRecommendationChanged",
                "SignalRecorded", "PostureRecommendationChanged",
                "InvestmentAuthorizationRequested", "CapitalReserved", "InvestmentAuthorized", "CapitalCommitted",
                "InvestmentAuthorizationRequested", "CapitalReserved", "InvestmentAuthorized",
                "NinetyDayReviewScheduled", "CapitalCommitted", "PilotPaused", "PilotCapitalFrozen", "PilotKilled",
                "PilotCapitalReleased");
        JsonNode overrideEntry = history.at("/entries/15");
        assertThat(overrideEntry.at("/actor").asString()).isEqualTo("eve");
        assertThat(overrideEntry.at("/correlationId").asString()).isEqualTo("board-q4-decision");
        assertThat(overrideEntry.at("/summary").asString()).contains("OVERRIDE", "Board mandate for Q4");
        assertThat(overrideEntry.at("/payload/capital/amount").decimalValue()).isEqualByComparingTo("450000");
        assertThat(overrideEntry.at("/payload/deciderAuthority/limit/amount").decimalValue()).isEqualByComparingTo("2000000");
        assertThat(history.at("/entries/20/summary").asString()).contains("Sponsor left; no owner in sight");
        assertThat(history.at("/entries/20/actor").asString()).isEqualTo("pam");
        assertThat(history.at("/entries/21/summary").asString()).contains("Released USD 450,000.00");
        assertThat(history.at("/entries/3/actor").asString()).isEqualTo("owen");

        JsonNode authorizations = client.get("ada", "/api/audit?eventType=InvestmentAuthorized&pilotId=" + pilotId).body();
        assertThat(authorizations.at("/totalEntries").asLong()).isEqualTo(2);
        authorizations.at("/entries").forEach(entry -> assertThat(entry.at("/payload/decidedBy").asString()).isEqualTo("eve"));
    }

    @Test
    void aReaderSeesEachOfItsWritesAtOnce() {
        String path = client.post("pam", "/api/pilots", registration("Returns fraud", "Loss prevention", "owen", "300000.00"))
                .header("Location");
        String[] levels = {"UNSETTLED", "STABILIZING", "ESTABLISHED"};
        for (int i = 0; i < 30; i++) {
            String level = levels[i % levels.length];
            assertThat(client.post("owen", path + "/signals", signal("OPERATIONAL_RESILIENCE", level, "Reading " + i)).status())
                    .isEqualTo(200);
            JsonNode detail = client.get("owen", path).body();
            assertThat(detail.at("/summary/readings/OPERATIONAL_RESILIENCE").asString()).isEqualTo(level);
            // Registered, owned by owen, first recommendation; then one reading per write.
            assertThat(client.get("ada", path + "/history?size=1&page=" + (3 + i)).body().at("/entries/0/payload/evidence").asString())
                    .isEqualTo("Reading " + i);
        }
    }

    @Test
    void invalidInputIsABadRequestThatNamesTheFieldsAndAppendsNothing() {
        long before = ledger.eventCount();

        LedgerClient.Response missing = client.post("pam", "/api/pilots", Map.of("name", "", "businessUnit", "Stores"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.body().at("/code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(fields(missing)).contains("name", "sponsor", "requestedCapital", "killCriteria");

        LedgerClient.Response currency = client.post("pam", "/api/pilots", Map.of("name", "X", "businessUnit", "Y",
                "sponsor", "Z", "operationalOwner", "owen", "problemStatement", "P", "baselineMetric", "B",
                "targetMetric", "T", "requestedCapital", Map.of("amount", "10.00", "currency", "EUR"),
                "killCriteria", "K"));
        assertThat(currency.status()).isEqualTo(400);
        assertThat(fields(currency)).containsExactly("requestedCapital.currency");

        String path = client.post("pam", "/api/pilots", registration("Product copy", "E-commerce", "owen", "80000.00"))
                .header("Location");
        long afterRegistration = ledger.eventCount();
        LedgerClient.Response unknownDomain = client.post("owen", path + "/signals",
                Map.of("domain", "MORALE", "level", "ESTABLISHED", "evidence", "High"));
        assertThat(unknownDomain.status()).isEqualTo(400);
        assertThat(fields(unknownDomain)).containsExactly("domain");

        LedgerClient.Response malformed = client.post("owen", path + "/signals", "{\"domain\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().at("/code").asString()).isEqualTo("MALFORMED_REQUEST");

        LedgerClient.Response noReason = client.post("pam", path + "/pause", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");

        LedgerClient.Response zeroCapital = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "0.00", "Nothing", "Nothing"));
        assertThat(zeroCapital.status()).isEqualTo(422);
        assertThat(zeroCapital.body().at("/code").asString()).isEqualTo("CAPITAL_NOT_POSITIVE");

        LedgerClient.Response badPage = client.get("ada", "/api/pilots?size=0&posture=SIDEWAYS");
        assertThat(badPage.status()).isEqualTo(400);

        assertThat(ledger.eventCount()).isEqualTo(afterRegistration);
        assertThat(afterRegistration).as("registered, owned by owen, first recommendation").isEqualTo(before + 3);
        assertThat(missing.text()).doesNotContain("Exception", "at com.");
    }

    @Test
    void anUnknownPilotIsNotFound() {
        LedgerClient.Response read = client.get("ada", "/api/pilots/no-such-pilot");
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body().at("/code").asString()).isEqualTo("PILOT_NOT_FOUND");
        assertThat(client.get("ada", "/api/pilots/no-such-pilot/history").status()).isEqualTo(404);

        long before = ledger.eventCount();
        LedgerClient.Response command = client.post("owen", "/api/pilots/no-such-pilot/signals",
                signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Rota"));
        assertThat(command.status()).isEqualTo(404);
        assertThat(command.body().at("/code").asString()).isEqualTo("PILOT_NOT_FOUND");
        assertThat(ledger.eventCount()).isEqualTo(before);
    }

    @Test
    void rolesGateTheEndpoints() {
        long before = ledger.eventCount();
        assertThat(client.post("ada", "/api/pilots", registration("Audit bot", "Risk", "owen", "1.00")).status())
                .isEqualTo(403);
        assertThat(client.post("owen", "/api/pilots", registration("Owner bot", "Risk", "owen", "1.00")).status())
                .isEqualTo(403);
        assertThat(client.post("eve", "/api/pilots/any/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "x"))
                .status()).isEqualTo(403);
        assertThat(client.post("owen", "/api/pilots/any/authorizations",
                authorization("CONTROLLED_INVESTMENT", "1.00", "x", null)).status()).isEqualTo(403);
        assertThat(client.post("ada", "/api/approvals/any/approve", "{}").status()).isEqualTo(403);
        assertThat(client.put("eve", "/api/capital/budget", Requests.amount("1.00", "Mine now")).status()).isEqualTo(403);
        assertThat(client.post("ada", "/api/pilots/any/kill", reason("x")).status()).isEqualTo(403);
        LedgerClient.Response anonymous = client.get(null, "/api/pilots");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().at("/code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(client.get("ada", "/api/pilots").status()).isEqualTo(200);
        assertThat(ledger.eventCount()).isEqualTo(before);
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocumentAndSwaggerUi() {
        LedgerClient.Response document = client.get(null, "/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().at("/paths").propertyNames()).contains("/api/pilots", "/api/pilots/{pilotId}/authorizations",
                "/api/audit", "/api/comparison");
        List<String> signalParameters = new ArrayList<>();
        document.body().at("/paths/~1api~1pilots~1{pilotId}~1signals/post/parameters")
                .forEach(parameter -> signalParameters.add(parameter.at("/name").asString()));
        assertThat(signalParameters).containsExactlyInAnyOrder("pilotId", "Idempotency-Key", "X-Correlation-Id");
        assertThat(client.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private JsonNode boardRow(String pilotId) {
        JsonNode board = client.get("ada", "/api/pilots?size=200").body();
        for (JsonNode row : board.at("/rows")) {
            if (row.at("/pilotId").asString().equals(pilotId)) {
                return row;
            }
        }
        throw new AssertionError("Pilot " + pilotId + " is not on the board");
    }

    private static void assertRefused(LedgerClient.Response response) {
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().at("/code").asString()).isEqualTo("PILOT_KILLED");
    }

    private static List<String> fields(LedgerClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.body().at("/errors").forEach(error -> fields.add(error.at("/field").asString()));
        return fields;
    }
}
