package com.pilotledger.app.e2e;

import com.pilotledger.api.pilot.StabilizationDomain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.pilotledger.app.e2e.Requests.reason;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gate review over HTTP, from convening to proceed, for a pilot whose six domains are established while policy
 * version 2 (which also asks for a gate review that said proceed) is in force: the recommendation waits for the review,
 * a review without the operational lead's assessment cannot conclude, and the concluded review that says proceed is
 * no longer missing from the recommendation. The pages show the panel and the board's badge.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GateReviewEndToEndTest extends EndToEndTest {

    /** The request fields of the five signals. */
    private static final String[] SIGNALS = {"businessKpisValidated", "dataInfrastructureReady",
            "governanceProtocolsTested", "endUsersPrepared", "operationalOwnershipClear"};
    private static final String REVIEW_MISSING = "a concluded gate review that said proceed";

    private String pilotId;
    private String reviewId;

    @BeforeAll
    void aPilotWithAllSixDomainsEstablishedUnderVersionTwo() {
        pilotId = client.post("pam", "/api/pilots", Requests.registration("Invoice matching", "Finance", "owen",
                "600000.00")).body().at("/summary/pilotId").asString();
        for (StabilizationDomain domain : StabilizationDomain.values()) {
            assertThat(client.post("owen", "/api/pilots/" + pilotId + "/signals", Requests.signal(domain.name(),
                    "ESTABLISHED", "Confirmed in the pilot's readiness review")).status()).isEqualTo(200);
        }
        assertThat(client.post("alex", "/api/policy/versions", Map.of("version", "v2",
                "pauseGates", List.of("OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY", "PRODUCTION_ECONOMICS"),
                "gateMinimum", "STABILIZING",
                "deploymentRequires", List.of(StabilizationDomain.values()).stream().map(Enum::name).toList(),
                "deploymentEvidence", List.of("GATE_REVIEW_PROCEEDS", "NO_RECENT_BREACH", "CHECKLIST_STARTED"),
                "reason", "The evidence the articles ask for")).status()).isEqualTo(201);
        assertThat(client.post("alex", "/api/policy/versions/v2/activation", reason("Gate reviews before scaling"))
                .status()).isEqualTo(200);
    }

    @Test
    @Order(1)
    void underVersionTwoTheRecommendationWaitsForAGateReviewThatSaidProceed() {
        JsonNode recommendation = client.get("ada", "/api/pilots/" + pilotId).body().at("/recommendation");
        assertThat(recommendation.at("/policyVersion").asString()).isEqualTo("v2");
        assertThat(recommendation.at("/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(recommendation.at("/reason").asString()).contains(REVIEW_MISSING);
        assertThat(PageSession.signIn(ledger.port(), "pam").get("/").body()).contains("Gate review due");
    }

    @Test
    @Order(2)
    void onlyPortfolioManagersConveneAndAReviewNamesEveryRole() {
        assertThat(client.post("owen", "/api/pilots/" + pilotId + "/gate-reviews", participants()).status())
                .isEqualTo(403);
        long events = ledger.eventCount();
        Map<String, Object> withoutOperationalLead = new HashMap<>(participants());
        withoutOperationalLead.remove("operationalLead");
        LedgerClient.Response refused = client.post("pam", "/api/pilots/" + pilotId + "/gate-reviews",
                withoutOperationalLead);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().at("/code").asString()).isEqualTo("STAKEHOLDER_ROLE_UNNAMED");
        assertThat(ledger.eventCount()).isEqualTo(events);

        LedgerClient.Response convened = client.post("pam", "/api/pilots/" + pilotId + "/gate-reviews",
                participants());
        assertThat(convened.status()).isEqualTo(201);
        JsonNode review = convened.body().at("/reviews/0");
        reviewId = review.at("/reviewId").asString();
        assertThat(review.at("/participants/OPERATIONAL_LEAD").asString()).isEqualTo("Olivia Ops");
        assertThat(review.at("/convenedBy").asString()).isEqualTo("pam");
        assertThat(review.at("/outcome").isNull() || review.at("/outcome").isMissingNode()).isTrue();
    }

    @Test
    @Order(3)
    void aReviewWithoutTheOperationalLeadsAssessmentCannotConclude() {
        assertThat(client.post("owen", assessments(), assessment("EXECUTIVE_SPONSOR", "CONFIRMED")).status())
                .isEqualTo(403);
        LedgerClient.Response sponsor = client.post("eve", assessments(), assessment("EXECUTIVE_SPONSOR", "CONFIRMED"));
        assertThat(sponsor.status()).isEqualTo(200);
        assertThat(sponsor.body().at("/reviews/0/assessments/0/participant").asString()).isEqualTo("Vera Sponsor");
        assertThat(sponsor.body().at("/reviews/0/assessments/0/recordedBy").asString()).isEqualTo("eve");

        long events = ledger.eventCount();
        LedgerClient.Response refused = client.post("pam", conclusion(), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().at("/code").asString()).isEqualTo("OPERATIONAL_LEAD_NOT_ASSESSED");
        assertThat(ledger.eventCount()).isEqualTo(events);
    }

    @Test
    @Order(4)
    void allFiveSignalsConfirmedProceedAndTheRecommendationNoLongerWaitsForTheReview() {
        assertThat(client.post("pam", assessments(), assessment("OPERATIONAL_LEAD", "CONFIRMED")).status())
                .isEqualTo(200);
        assertThat(client.post("eve", conclusion(), Map.of()).status()).isEqualTo(403);

        LedgerClient.Response concluded = client.post("pam", conclusion(), Map.of());

        assertThat(concluded.status()).isEqualTo(200);
        JsonNode review = concluded.body().at("/reviews/0");
        assertThat(review.at("/outcome").asString()).isEqualTo("PROCEED");
        assertThat(review.at("/concludedBy").asString()).isEqualTo("pam");
        assertThat(review.at("/signals/END_USERS_PREPARED").asString()).isEqualTo("CONFIRMED");
        assertThat(review.at("/rolesNotAssessed").size()).isEqualTo(3);
        JsonNode recommendation = client.get("ada", "/api/pilots/" + pilotId).body().at("/recommendation");
        assertThat(recommendation.at("/policyVersion").asString()).isEqualTo("v2");
        assertThat(recommendation.at("/reason").asString()).doesNotContain(REVIEW_MISSING);

        JsonNode audit = client.get("ada", "/api/audit?pilotId=" + pilotId + "&eventType=GateReviewConcluded")
                .body().at("/entries/0");
        assertThat(audit.at("/actor").asString()).isEqualTo("pam");
        assertThat(audit.at("/summary").asString()).startsWith("Gate review concluded: Proceed to the scale decision");
        JsonNode assessed = client.get("ada", "/api/audit?pilotId=" + pilotId + "&eventType=ScaleReadinessAssessed")
                .body().at("/entries");
        assertThat(assessed.size()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void thePilotPageShowsTheMatrixAndTheOutcomeAndTheBoardNoLongerSaysTheReviewIsDue() {
        HttpResponse<String> page = PageSession.signIn(ledger.port(), "pam").get("/pilots/" + pilotId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"gate-review\"", "gate-review-matrix", "Olivia Ops",
                "Proceed to the scale decision", "Not assessed", "id=\"convene-submit\"");
        assertThat(PageSession.signIn(ledger.port(), "pam").get("/").body()).doesNotContain("Gate review due");
    }

    @Test
    @Order(6)
    void onThePilotPageAReviewIsConvenedAssessedAndConcludedWithAGapClosurePlan() {
        String page = "/pilots/" + pilotId;
        PageSession manager = PageSession.signIn(ledger.port(), "pam");
        HttpResponse<String> unnamed = manager.submit(page, page + "/gate-reviews", form(Map.of(
                "executiveSponsor", "Vera Sponsor", "operationalLead", "Olivia Ops")));
        assertThat(unnamed.statusCode()).as("refused: the page again, nothing recorded").isEqualTo(200);
        assertThat(unnamed.body()).contains("Name the person in each stakeholder role; missing: "
                + "Technology lead, Governance or compliance lead, Change management lead");

        assertThat(manager.submit(page, page + "/gate-reviews", form(participants())).statusCode()).isEqualTo(302);
        String review = client.get("ada", "/api/pilots/" + pilotId + "/gate-reviews").body()
                .at("/reviews/0/reviewId").asString();

        PageSession executive = PageSession.signIn(ledger.port(), "eve");
        Map<String, String> assessment = new HashMap<>(Map.of("role", "OPERATIONAL_LEAD"));
        for (String signal : SIGNALS) {
            assessment.put(signal + ".status", signal.equals("endUsersPrepared") ? "CONDITIONAL" : "CONFIRMED");
            assessment.put(signal + ".evidence", "Heard in the review");
        }
        assessment.put("dataInfrastructureReady.evidence", "");
        assertThat(executive.submit(page, page + "/gate-reviews/" + review + "/assessments", form(assessment)).body())
                .contains("Check the fields marked below", "Enter the evidence");
        assessment.put("dataInfrastructureReady.evidence", "Load test at production volume passed");
        executive.submit(page, page + "/gate-reviews/" + review + "/assessments", form(assessment));
        assertThat(executive.get(page).body()).contains("Recorded the assessment of the operational lead.");

        assertThat(manager.submit(page, page + "/gate-reviews/" + review + "/conclusion", "").body())
                .contains("Give one gap-closure plan for each Conditional signal: "
                + "End users prepared");
        manager.submit(page, page + "/gate-reviews/" + review + "/conclusion", form(Map.of(
                "endUsersPrepared.action", "Train the accounts payable clerks",
                "endUsersPrepared.owner", "Chris Change", "endUsersPrepared.dueOn", "2099-06-30",
                "endUsersPrepared.investment", "15000")));
        String concluded = manager.get(page).body();
        assertThat(concluded).contains("Gate review concluded: Continue in pre-production with a gap-closure plan.",
                "Train the accounts payable clerks", "2099-06-30", "Record as completed");
        JsonNode plan = client.get("ada", "/api/pilots/" + pilotId + "/gate-reviews").body().at("/plans/0");
        assertThat(plan.at("/dueAt").asString()).isEqualTo("2099-07-01T00:00:00Z");
        assertThat(plan.at("/overdue").asBoolean()).isFalse();
        // The later review did not say proceed: under v2 the recommendation waits for a review again.
        assertThat(client.get("ada", "/api/pilots/" + pilotId).body().at("/recommendation/reason").asString())
                .contains(REVIEW_MISSING);

        PageSession owner = PageSession.signIn(ledger.port(), "owen");
        owner.submit(page, page + "/gap-closure-plans/" + plan.at("/planId").asString() + "/completion",
                form(Map.of("evidence", "All clerks trained")));
        assertThat(owner.get(page).body()).contains("Gap-closure plan recorded as completed.");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String assessments() {
        return "/api/pilots/" + pilotId + "/gate-reviews/" + reviewId + "/assessments";
    }

    private String conclusion() {
        return "/api/pilots/" + pilotId + "/gate-reviews/" + reviewId + "/conclusion";
    }

    private static Map<String, String> participants() {
        return Map.of("executiveSponsor", "Vera Sponsor", "operationalLead", "Olivia Ops",
                "technologyLead", "Theo Tech", "governanceLead", "Grace Governance",
                "changeManagementLead", "Chris Change");
    }

    private static Map<String, Object> assessment(String role, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("role", role));
        for (String signal : SIGNALS) {
            body.put(signal, Map.of("status", status, "evidence", "Seen in the pilot's reports"));
        }
        return body;
    }
}
