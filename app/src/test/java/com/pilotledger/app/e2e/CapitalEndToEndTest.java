package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Amounts.exact;
import static com.pilotledger.app.e2e.Requests.amount;
import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capital and decision rights over HTTP, with the demo configuration: budget 5,000,000; portfolio managers up to
 * 250,000, executives up to 2,000,000; a second approval above 500,000.
 */
class CapitalEndToEndTest extends EndToEndTest {

    @Test
    void aLargeAuthorizationWaitsForASecondExecutiveAndTakesEffectOnlyWhenApproved() {
        String path = registered("Demand forecasting");
        String pilotId = id(path);
        BigDecimal committedBefore = capital("/committed/amount");

        LedgerClient.Response request = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "1200000.00", "Forty stores, then all", "Board priority"));
        assertThat(request.status()).isEqualTo(202);
        String approval = request.header("Location");
        assertThat(approval).startsWith("/api/approvals/");
        assertThat(request.body().at("/status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(request.body().at("/maker").asString()).isEqualTo("eve");

        assertThat(boardRow(pilotId).at("/authorizedPosture").asString()).isEqualTo("PAUSE");
        assertThat(exact(boardRow(pilotId).at("/capitalCommitted/amount"))).isEqualByComparingTo("0");
        assertThat(capital("/committed/amount")).isEqualByComparingTo(committedBefore);
        assertThat(capital("/reserved/amount")).isEqualByComparingTo("1200000");

        assertThat(inbox("ethan")).contains(id(approval));
        assertThat(inbox("eve")).doesNotContain(id(approval));
        assertThat(inbox("pam")).doesNotContain(id(approval));

        LedgerClient.Response selfApproval = client.post("eve", approval + "/approve", "");
        assertThat(selfApproval.status()).isEqualTo(422);
        assertThat(selfApproval.body().at("/code").asString()).isEqualTo("SELF_APPROVAL_NOT_ALLOWED");
        LedgerClient.Response tooSmall = client.post("pam", approval + "/approve", "");
        assertThat(tooSmall.status()).isEqualTo(422);
        assertThat(tooSmall.body().at("/code").asString()).isEqualTo("AUTHORITY_LIMIT_EXCEEDED");
        assertThat(tooSmall.body().at("/requiredLimit").asString()).isEqualTo("1200000.00");

        LedgerClient.Response approved = client.post("ethan", approval + "/approve", "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(approved.body().at("/decidedBy").asString()).isEqualTo("ethan");

        JsonNode row = boardRow(pilotId);
        assertThat(row.at("/authorizedPosture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(exact(row.at("/capitalCommitted/amount"))).isEqualByComparingTo("1200000");
        assertThat(capital("/committed/amount")).isEqualByComparingTo(committedBefore.add(new BigDecimal("1200000")));
        assertThat(capital("/reserved/amount")).isEqualByComparingTo("0");

        JsonNode decision = client.get("ada", path).body().at("/decisions/0");
        assertThat(decision.at("/decidedBy").asString()).isEqualTo("eve");
        assertThat(exact(decision.at("/deciderAuthority/limit/amount"))).isEqualByComparingTo("2000000");
        assertThat(decision.at("/deciderAuthority/holder/name").asString()).isEqualTo("EXECUTIVE");
        assertThat(decision.at("/approvedBy").asString()).isEqualTo("ethan");

        List<String> actors = new ArrayList<>();
        client.get("ada", path + "/history?size=100").body().at("/entries")
                .forEach(entry -> actors.add(entry.at("/eventType").asString() + ":" + entry.at("/actor").asString()));
        assertThat(actors).contains("InvestmentAuthorizationRequested:eve", "CapitalRequestApproved:ethan",
                "CapitalCommitted:ethan");
    }

    @Test
    void aCheckerCanRejectWithAReasonAndTheReservationGoesBack() {
        String path = registered("Returns fraud");
        String approval = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "700000.00", "Loss prevention first", "Fraud season")).header("Location");
        LedgerClient.Response noReason = client.post("ethan", approval + "/reject", Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);

        LedgerClient.Response rejected = client.post("ethan", approval + "/reject", reason("Sequencing not agreed"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().at("/status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.body().at("/reason").asString()).contains("Sequencing not agreed");
        assertThat(exact(client.get("ada", approval).body().at("/reserved/amount"))).isEqualByComparingTo("0");
        assertThat(client.post("ethan", approval + "/approve", "").body().at("/code").asString())
                .isEqualTo("REQUEST_NOT_PENDING");
        // the pilot is free for a new request
        assertThat(client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "100000.00", "Smaller scope", "Fraud season")).status()).isEqualTo(200);
    }

    @Test
    void anAuthorizationAboveTheDecidersLimitIsRefusedWithTheLimitItNeeds() {
        String path = registered("Markdown pricing");
        long events = ledger.eventCount();
        LedgerClient.Response refused = client.post("pam", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "300000.00", "Two categories", "Margin pressure"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().at("/code").asString()).isEqualTo("AUTHORITY_LIMIT_EXCEEDED");
        assertThat(refused.body().at("/requiredLimit").asString()).isEqualTo("300000.00");
        assertThat(refused.body().at("/limit").asString()).isEqualTo("250000.00");
        assertThat(client.get("ada", "/api/audit?eventType=InvestmentAuthorized&pilotId=" + id(path))
                .body().at("/totalEntries").asLong()).isZero();
        assertThat(ledger.eventCount()).isEqualTo(events + 2);
        assertThat(client.post("pam", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "250000.00", "Two categories", "Margin pressure")).status())
                .isEqualTo(200);
    }

    @Test
    void thePoolIsNeverOverCommittedAndARefusalSaysWhatIsAvailable() {
        BigDecimal held = capital("/committed/amount").add(capital("/reserved/amount"));
        BigDecimal budget = capital("/budget/amount");
        assertThat(client.put("alex", "/api/capital/budget",
                amount(held.add(new BigDecimal("300000")).toPlainString(), "Mid-year cut")).status()).isEqualTo(200);
        String path = registered("Inventory optimization");

        LedgerClient.Response refused = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "300000.01", "All DCs", "Peak"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().at("/code").asString()).isEqualTo("INSUFFICIENT_CAPITAL");
        assertThat(new BigDecimal(refused.body().at("/available").asString())).isEqualByComparingTo("300000");
        assertThat(capital("/available/amount")).isEqualByComparingTo("300000");
        assertThat(client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "300000.00", "All DCs", "Peak")).status()).isEqualTo(200);
        assertThat(capital("/available/amount")).isEqualByComparingTo("0");

        assertThat(client.put("alex", "/api/capital/budget", amount(budget.toPlainString(), "Restored")).status())
                .isEqualTo(200);
    }

    @Test
    void pausingFreezesThePilotsCapitalAndKillingGivesItBack() {
        String path = registered("Visual shelf monitoring");
        assertThat(client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "200000.00", "Ten stores", "Empty shelves")).status()).isEqualTo(200);
        BigDecimal committed = capital("/committed/amount");
        BigDecimal frozen = capital("/frozen/amount");

        client.post("pam", path + "/pause", reason("Privacy review not started"));
        assertThat(boardRow(id(path)).at("/capitalFrozen").asBoolean()).isTrue();
        assertThat(capital("/frozen/amount")).isEqualByComparingTo(frozen.add(new BigDecimal("200000")));
        assertThat(capital("/committed/amount")).isEqualByComparingTo(committed);

        client.post("pam", path + "/kill", reason("Camera rollout cost above $1M"));
        assertThat(capital("/committed/amount")).isEqualByComparingTo(committed.subtract(new BigDecimal("200000")));
        assertThat(capital("/frozen/amount")).isEqualByComparingTo(frozen);
        assertThat(exact(boardRow(id(path)).at("/capitalCommitted/amount"))).isEqualByComparingTo("0");
    }

    @Test
    void onlyAdministratorsChangeDecisionRightsAndEveryChangeIsAudited() {
        assertThat(client.put("eve", "/api/decision-rights/limits/roles/EXECUTIVE", amount("9000000.00", "More")).status())
                .isEqualTo(403);
        LedgerClient.Response raised = client.put("alex", "/api/decision-rights/limits/users/pam",
                amount("400000.00", "Senior portfolio manager"));
        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.body().at("/limits").toString()).contains("\"name\":\"pam\"", "400000");
        assertThat(client.put("alex", "/api/decision-rights/limits/roles/NOBODY", amount("1.00", "x")).status())
                .isEqualTo(400);
        assertThat(client.put("alex", "/api/capital/budget", amount("1.00", "Too low")).body().at("/code").asString())
                .isIn("BUDGET_BELOW_COMMITMENTS", "INVALID_REQUEST");
        assertThat(client.delete("alex", "/api/decision-rights/limits/users/pam?reason=Back%20to%20role").status())
                .isEqualTo(200);

        JsonNode audit = client.get("ada", "/api/audit?actor=alex&size=50").body();
        List<String> types = new ArrayList<>();
        audit.at("/entries").forEach(entry -> types.add(entry.at("/eventType").asString()));
        assertThat(types).containsSubsequence("ApprovalLimitSet", "ApprovalLimitRemoved");
        assertThat(client.get("ada", "/api/audit?actor=system&eventType=CapitalBudgetSet").body()
                .at("/entries/0/payload/reason").asString()).isEqualTo("Initial decision rights from configuration");
    }

    private String registered(String name) {
        return client.post("pam", "/api/pilots", registration(name, "Merchandising", "owen", "2000000.00"))
                .header("Location");
    }

    private BigDecimal capital(String pointer) {
        return exact(client.get("ada", "/api/capital").body().at(pointer));
    }

    private List<String> inbox(String user) {
        List<String> ids = new ArrayList<>();
        client.get(user, "/api/approvals").body().at("/requests")
                .forEach(r -> ids.add(r.at("/request/requestId").asString()));
        return ids;
    }

    private JsonNode boardRow(String pilotId) {
        for (JsonNode row : client.get("ada", "/api/pilots?size=200").body().at("/rows")) {
            if (row.at("/pilotId").asString().equals(pilotId)) {
                return row;
            }
        }
        throw new AssertionError("Pilot " + pilotId + " is not on the board");
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
