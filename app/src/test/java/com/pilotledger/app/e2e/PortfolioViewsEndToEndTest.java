package com.pilotledger.app.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static com.pilotledger.app.e2e.Amounts.exact;
import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/** The board, the comparison and the audit history answer what portfolio managers and auditors ask of them. */
class PortfolioViewsEndToEndTest extends EndToEndTest {

    private final List<String> paths = new ArrayList<>();

    @BeforeAll
    void registerPortfolio() {
        String[][] pilots = {
                {"Demand forecasting", "Merchandising", "vera", "1200000.00"},
                {"Customer service chatbot", "Customer service", "carl", "400000.00"},
                {"Inventory optimization", "Supply chain", "vera", "800000.00"},
                {"Returns fraud detector", "Loss prevention", "lena", "300000.00"},
                {"Product description generator", "E-commerce", "carl", "150000.00"},
        };
        for (String[] pilot : pilots) {
            paths.add(client.post("pam", "/api/pilots", registration(pilot[0], pilot[1], pilot[2], pilot[3])).header("Location"));
        }
        establishGates(paths.get(0));
        approveByEthan(client.post("eve", paths.get(0) + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "600000.00", "Forty stores", null)));
        establishGates(paths.get(2));
        approveByEthan(client.post("eve", paths.get(2) + "/authorizations",
                authorization("AUTHORIZE_DEPLOYMENT", "800000.00", "All DCs", "Peak season cannot wait")));
        client.post("pam", paths.get(4) + "/kill", reason("Legal blocked generated copy"));
    }

    @Test
    void theBoardFiltersSortsAndPages() {
        JsonNode all = client.get("ada", "/api/pilots?sort=CAPITAL_REQUESTED&direction=desc").body();
        assertThat(names(all)).containsExactly("Demand forecasting", "Inventory optimization", "Customer service chatbot",
                "Returns fraud detector", "Product description generator");
        assertThat(all.at("/totalPilots").asLong()).isEqualTo(5);

        assertThat(names(client.get("ada", "/api/pilots?owner=vera").body()))
                .containsExactly("Demand forecasting", "Inventory optimization");
        assertThat(names(client.get("ada", "/api/pilots?posture=CONTROLLED_INVESTMENT").body()))
                .containsExactly("Demand forecasting");
        assertThat(names(client.get("ada", "/api/pilots?status=KILLED").body()))
                .containsExactly("Product description generator");
        assertThat(names(client.get("ada", "/api/pilots?divergent=true").body()))
                .containsExactly("Inventory optimization");
        assertThat(names(client.get("ada", "/api/pilots?q=CHAT").body())).containsExactly("Customer service chatbot");
        assertThat(names(client.get("ada", "/api/pilots?businessUnit=Loss%20prevention").body()))
                .containsExactly("Returns fraud detector");

        JsonNode page = client.get("ada", "/api/pilots?sort=NAME&size=2&page=1").body();
        assertThat(names(page)).containsExactly("Inventory optimization", "Product description generator");
        assertThat(page.at("/totalPilots").asLong()).isEqualTo(5);
    }

    @Test
    void theBoardTotalsCapitalPerPostureLeavingOutKilledPilots() {
        JsonNode totals = client.get("ada", "/api/pilots").body().at("/totals");
        assertThat(totals.get(0).at("/posture").asString()).isEqualTo("PAUSE");
        assertThat(totals.get(0).at("/pilots").asLong()).isEqualTo(2);
        assertThat(exact(totals.get(0).at("/capitalRequested/amount"))).isEqualByComparingTo("700000");
        assertThat(totals.get(1).at("/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(exact(totals.get(1).at("/capitalAuthorized/amount"))).isEqualByComparingTo("600000");
        assertThat(totals.get(2).at("/posture").asString()).isEqualTo("AUTHORIZE_DEPLOYMENT");
        assertThat(totals.get(2).at("/pilots").asLong()).isEqualTo(1);
        assertThat(totals.get(2).at("/capitalAuthorized/currency").asString()).isEqualTo("USD");
    }

    @Test
    void theComparisonShowsChosenPilotsDomainByDomain() {
        String first = id(paths.get(0));
        String second = id(paths.get(3));
        JsonNode comparison = client.get("pam", "/api/comparison?pilotIds=" + first + "," + second + ",missing").body();
        assertThat(comparison.at("/pilots/0/summary/name").asString()).isEqualTo("Demand forecasting");
        assertThat(comparison.at("/pilots/0/readings/OPERATIONAL_OWNERSHIP/level").asString()).isEqualTo("ESTABLISHED");
        assertThat(comparison.at("/pilots/0/recommendation/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(comparison.at("/pilots/1/summary/name").asString()).isEqualTo("Returns fraud detector");
        assertThat(comparison.at("/pilots/1/readings").isEmpty()).isTrue();
        assertThat(comparison.at("/missingPilotIds/0").asString()).isEqualTo("missing");

        assertThat(client.get("pam", "/api/comparison?pilotIds=" + first).status()).isEqualTo(400);
    }

    @Test
    void theAuditHistoryFiltersByTypeAndActorAndPagesInGlobalOrder() {
        JsonNode authorizations = client.get("ada", "/api/audit?eventType=InvestmentAuthorized").body();
        assertThat(authorizations.at("/totalEntries").asLong()).isEqualTo(2);
        assertThat(authorizations.at("/entries/0/payload/decidedBy").asString()).isEqualTo("eve");
        assertThat(authorizations.at("/entries/0/payload/approvedBy").asString()).isEqualTo("ethan");
        assertThat(authorizations.at("/entries/1/payload/override").asBoolean()).isTrue();

        JsonNode byPam = client.get("ada", "/api/audit?actor=pam&size=100").body();
        List<String> types = new ArrayList<>();
        byPam.at("/entries").forEach(entry -> types.add(entry.at("/eventType").asString()));
        assertThat(types).contains("PilotRegistered", "PilotKilled").doesNotContain("SignalRecorded");

        JsonNode first = client.get("ada", "/api/audit?size=3&page=0").body();
        JsonNode second = client.get("ada", "/api/audit?size=3&page=1").body();
        assertThat(first.at("/entries/2/globalIndex").asLong()).isLessThan(second.at("/entries/0/globalIndex").asLong());
        assertThat(first.at("/totalEntries").asLong()).isEqualTo(ledger.eventCount());

        JsonNode none = client.get("ada", "/api/audit?from=2100-01-01T00:00:00Z").body();
        assertThat(none.at("/totalEntries").asLong()).isZero();
    }

    /** Above the four-eyes threshold: the request waits, and a second executive approves it. */
    private void approveByEthan(LedgerClient.Response request) {
        assertThat(request.status()).isEqualTo(202);
        assertThat(client.post("ethan", request.header("Location") + "/approve", "").status()).isEqualTo(200);
    }

    private void establishGates(String path) {
        client.post("owen", path + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Named owner"));
        client.post("owen", path + "/signals", signal("GOVERNANCE_CONTINUITY", "ESTABLISHED", "Formal approvals"));
        client.post("owen", path + "/signals", signal("PRODUCTION_ECONOMICS", "ESTABLISHED", "Cost tracked"));
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static List<String> names(JsonNode board) {
        List<String> names = new ArrayList<>();
        board.at("/rows").forEach(row -> names.add(row.at("/name").asString()));
        return names;
    }
}
