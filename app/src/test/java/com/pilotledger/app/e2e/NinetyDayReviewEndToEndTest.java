package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Eventually.within;
import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 90-day review over HTTP, on the demo portfolio: the contract review assistant's scale decision of 100 days ago
 * falls due through the persisted (db-scheduler) deadline as soon as the application runs, the board flags it, and a
 * portfolio manager completes it against the metrics of the last four weeks. And the approvals inbox: a request above
 * the four-eyes threshold waits for a checker with its case and evidence, and is approved from the inbox page.
 */
class NinetyDayReviewEndToEndTest extends EndToEndTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--demo", "--pilot-ledger.deadlines.polling-interval=200ms"};
    }

    @Test
    void aScaleDecisionsReviewFallsDueIsFlaggedOnTheBoardAndIsCompletedAgainstProduction() {
        String pilotId = client.get("pam", "/api/pilots?q=Contract").body().at("/rows/0/pilotId").asString();
        String review = "/api/pilots/" + pilotId + "/ninety-day-review";

        JsonNode due = within(Duration.ofSeconds(30), () -> {
            JsonNode state = client.get("pam", review).body();
            return "DUE".equals(state.at("/status").asString()) ? state : null;
        });
        assertThat(due.at("/projections")).hasSize(3);
        assertThat(client.get("pam", "/api/pilots?q=Contract").body().at("/rows/0/ninetyDayReview").asString())
                .isEqualTo("DUE");
        PageSession pam = PageSession.signIn(ledger.port(), "pam");
        assertThat(pam.get("/").body()).contains("90-day review due");
        assertThat(pam.get("/pilots/" + pilotId).body()).contains("90-day review of the scale decision",
                "Output quality score", "id=\"ninety-day-complete\"");
        assertThat(pam.submit("/pilots/" + pilotId, "/pilots/" + pilotId + "/ninety-day-review", "reason=").body())
                .contains("Enter the reason");

        assertThat(client.post("owen", review, Map.of("conclusion", "Looks fine")).status()).isEqualTo(403);
        assertThat(client.post("pam", review, Map.of("conclusion", " ")).status()).isEqualTo(400);

        JsonNode completed = client.post("eve", review,
                Map.of("conclusion", "Quality below plan: adoption stalled at 4 of 22 attorneys")).body();
        assertThat(completed.at("/status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.at("/finding").asString()).isEqualTo("NOT_BORNE_OUT");
        assertThat(completed.at("/reviewedBy").asString()).isEqualTo("eve");
        Map<String, JsonNode> outcomes = new HashMap<>();
        completed.at("/outcomes").forEach(outcome -> outcomes.put(outcome.at("/metric").asString(), outcome));
        assertThat(outcomes.get("OUTPUT_QUALITY_SCORE").at("/met").asBoolean()).isFalse();
        assertThat(outcomes.get("OUTPUT_QUALITY_SCORE").at("/measured").decimalValue())
                .isBetween(new BigDecimal("79"), new BigDecimal("83"));
        assertThat(outcomes.get("TASK_COMPLETION_RATE").at("/met").asBoolean()).isTrue();
        assertThat(outcomes.get("HUMAN_ESCALATION_RATE").at("/met").asBoolean()).isTrue();

        assertThat(pam.get("/pilots/" + pilotId).body()).contains("Not borne out", "Not met",
                "Quality below plan: adoption stalled").doesNotContain("id=\"ninety-day-complete\"");
        assertThat(client.post("pam", review, Map.of("conclusion", "Again")).body().at("/code").asString())
                .isEqualTo("NINETY_DAY_REVIEW_NOT_DUE");
        assertThat(client.get("pam", "/api/pilots?q=Contract").body().at("/rows/0/ninetyDayReview").asString())
                .isEqualTo("COMPLETED");
        assertThat(client.get("ada", "/api/pilots/" + pilotId + "/history?size=100").body().toString())
                .contains("NinetyDayReviewScheduled", "NinetyDayReviewDue", "NinetyDayReviewCompleted",
                        "90-day review completed by eve");
    }

    @Test
    void aScaleDecisionCarriesItsKpiProjectionsAndSchedulesItsReview() {
        String path = client.post("pam", "/api/pilots", registration("Invoice matching", "Finance", "owen",
                "400000.00")).header("Location");
        for (String domain : List.of("OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY", "DEPLOYMENT_SEQUENCING",
                "PRODUCTION_ECONOMICS", "OPERATIONAL_RESILIENCE", "PORTFOLIO_COORDINATION")) {
            client.post("owen", path + "/signals", signal(domain, "ESTABLISHED", "Confirmed at gate review"));
        }
        Map<String, Object> onControlled = new HashMap<>(authorization("CONTROLLED_INVESTMENT", "100000.00",
                "Bounded", null));
        onControlled.put("kpiProjections", List.of(Map.of("metric", "TASK_COMPLETION_RATE", "expected", 95)));
        assertThat(client.post("eve", path + "/authorizations", onControlled).body().at("/code").asString())
                .isEqualTo("INVALID_KPI_PROJECTION");

        Map<String, Object> scale = new HashMap<>(authorization("AUTHORIZE_DEPLOYMENT", "300000.00",
                "All six established", null));
        scale.put("kpiProjections", List.of(Map.of("metric", "TASK_COMPLETION_RATE", "expected", 95),
                Map.of("metric", "COST_PER_TASK", "expected", "0.35")));
        assertThat(client.post("eve", path + "/authorizations", scale).status()).isEqualTo(200);

        JsonNode review = client.get("ada", path + "/ninety-day-review").body();
        assertThat(review.at("/status").asString()).isEqualTo("SCHEDULED");
        assertThat(review.at("/projections")).hasSize(2);
        assertThat(client.post("pam", path + "/ninety-day-review", Map.of("conclusion", "Too early")).body()
                .at("/code").asString()).isEqualTo("NINETY_DAY_REVIEW_NOT_DUE");
        String other = client.post("pam", "/api/pilots", registration("Never scaled", "Finance", "owen",
                "100000.00")).header("Location");
        assertThat(client.get("ada", other + "/ninety-day-review").status()).isEqualTo(404);
    }

    @Test
    void aRequestAboveTheThresholdWaitsInItsCheckersInboxWithItsEvidenceAndIsApprovedThere() {
        JsonNode inbox = client.get("ethan", "/api/approvals").body();
        JsonNode waiting = null;
        for (JsonNode item : inbox.at("/requests")) {
            if ("Inventory optimization".equals(item.at("/request/pilotName").asString())) {
                waiting = item;
            }
        }
        assertThat(waiting).isNotNull();
        assertThat(waiting.at("/request/scope").asString()).isEqualTo("Bounded to the first business unit");
        assertThat(waiting.at("/request/rationale").asString()).contains("extend to four");
        assertThat(waiting.at("/request/maker").asString()).isEqualTo("eve");
        assertThat(waiting.at("/recommendation/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(waiting.at("/readings")).hasSize(3);
        assertThat(client.get("eve", "/api/approvals").body().toString()).doesNotContain("Inventory optimization");
        assertThat(client.get("pam", "/api/approvals").body().toString()).doesNotContain("Inventory optimization");
        assertThat(client.get("owen", "/api/approvals").status()).isEqualTo(403);

        String requestId = waiting.at("/request/requestId").asString();
        PageSession ethan = PageSession.signIn(ledger.port(), "ethan");
        String page = ethan.get("/approvals").body();
        assertThat(page).contains("Inventory optimization", "Bounded to the first business unit",
                "Weeks of supply down 6%", "Recommended today", "approvals-count");
        assertThat(ethan.get("/").body()).contains("id=\"approvals-count\"");

        HttpResponse<String> refused = ethan.submit("/approvals", "/approvals/" + requestId + "/reject?from=inbox",
                "reason=");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter the reason");

        HttpResponse<String> approved = ethan.submit("/approvals", "/approvals/" + requestId + "/approve?from=inbox");
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(approved.headers().firstValue("Location").orElse("")).endsWith("/approvals");
        assertThat(ethan.get("/approvals").body()).contains("Approved Inventory optimization")
                .doesNotContain("Bounded to the first business unit");
        assertThat(client.get("ada", "/api/approvals/" + requestId).body().at("/status").asString())
                .isEqualTo("AUTHORIZED");
    }
}
