package com.pilotledger.app.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness checklist over HTTP: a pilot owner assesses an item through the API and on the pilot page; the third
 * item of a domain gives the domain its reading from the checklist; the same assessment sent again records nothing;
 * bad input is a problem, never a 500. The pilot page shows the business case and the authorization's scope. A pilot
 * restored from its snapshot after a restart still knows its checklist.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChecklistEndToEndTest extends EndToEndTest {

    private String pilot;

    /** A snapshot every three events: the checklist must survive in the pilot's snapshot state too. */
    @Override
    protected String[] arguments() {
        return new String[] {"--pilot-ledger.snapshots.threshold=3"};
    }

    @BeforeAll
    void aRegisteredPilot() {
        pilot = client.post("pam", "/api/pilots", registration("Returns fraud detector", "Loss prevention", "Sam Ortiz",
                "600000.00")).header("Location");
    }

    @Test
    @Order(1)
    void aNewPilotsChecklistListsTheEighteenCriteriaNoneAssessed() {
        JsonNode checklist = client.get("ada", pilot + "/checklist").body();

        assertThat(checklist.at("/items").size()).isEqualTo(18);
        assertThat(checklist.at("/items/0/criterion").asString()).isEqualTo("LONG_TERM_ACCOUNTABILITY_DEFINED");
        assertThat(checklist.at("/items/0/domain").asString()).isEqualTo("OPERATIONAL_OWNERSHIP");
        assertThat(checklist.at("/items/0/words").asString()).isEqualTo("long-term accountability defined");
        assertThat(checklist.at("/items/17/words").asString()).isEqualTo("rollout conflicts reduced");
        assertThat(checklist.at("/items/0/status").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void theThirdItemOfADomainGivesItsReadingFromTheChecklist() {
        assess("LONG_TERM_ACCOUNTABILITY_DEFINED", "COMPLETE", "Loss prevention owns the detector");
        assess("PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED", "PARTIALLY_COMPLETE", "First line only");
        JsonNode before = client.get("ada", pilot).body();
        assertThat(before.at("/readings").size()).isZero();

        JsonNode checklist = assess("CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED", "COMPLETE", "Escalation agreed");

        assertThat(checklist.at("/items/1/status").asString()).isEqualTo("PARTIALLY_COMPLETE");
        assertThat(checklist.at("/items/1/assessedBy").asString()).isEqualTo("owen");
        JsonNode reading = client.get("ada", pilot).body().at("/readings/0");
        assertThat(reading.at("/domain").asString()).isEqualTo("OPERATIONAL_OWNERSHIP");
        assertThat(reading.at("/level").asString()).isEqualTo("STABILIZING");
        assertThat(reading.at("/source").asString()).isEqualTo("Readiness checklist");
        assertThat(reading.at("/evidence").asString()).contains("production support responsibilities established: "
                + "Partially complete");
    }

    @Test
    @Order(3)
    void theSameAssessmentSentAgainRecordsNothing() {
        long events = ledger.eventCount();

        assess("LONG_TERM_ACCOUNTABILITY_DEFINED", "COMPLETE", "Loss prevention owns the detector");

        assertThat(ledger.eventCount()).isEqualTo(events);
    }

    @Test
    @Order(4)
    void badInputIsAProblemAndOnlyOwnersAndManagersAssess() {
        LedgerClient.Response blank = client.post("owen", pilot + "/checklist",
                Map.of("criterion", "LONG_TERM_ACCOUNTABILITY_DEFINED", "status", "COMPLETE", "evidence", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.header("Content-Type")).contains("application/problem+json");
        assertThat(client.post("owen", pilot + "/checklist",
                Map.of("criterion", "NO_SUCH_CRITERION", "status", "COMPLETE", "evidence", "x")).status())
                .isEqualTo(400);
        assertThat(client.post("owen", pilot + "/checklist",
                Map.of("criterion", "LONG_TERM_ACCOUNTABILITY_DEFINED", "status", "DONE", "evidence", "x")).status())
                .isEqualTo(400);
        assertThat(client.post("ada", pilot + "/checklist",
                Map.of("criterion", "LONG_TERM_ACCOUNTABILITY_DEFINED", "status", "COMPLETE", "evidence", "x"))
                .status()).isEqualTo(403);
        assertThat(client.post("owen", "/api/pilots/nobody/checklist",
                Map.of("criterion", "LONG_TERM_ACCOUNTABILITY_DEFINED", "status", "COMPLETE", "evidence", "x"))
                .status()).isEqualTo(404);
        assertThat(client.get("ada", "/api/pilots/nobody/checklist").status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void theAuditSaysWhatWasAssessed() {
        JsonNode audit = client.get("ada", "/api/audit?pilotId=" + pilot.substring(pilot.lastIndexOf('/') + 1)
                + "&eventType=ChecklistItemAssessed&size=100").body();

        assertThat(audit.toString()).contains("Readiness checklist, Operational Ownership: \\\"long-term "
                + "accountability defined\\\" assessed Complete: Loss prevention owns the detector");
    }

    @Test
    @Order(6)
    void thePilotPageShowsTheBusinessCaseTheScopeAndTheChecklistAndAssessesAnItem() {
        client.post("pam", pilot + "/signals", Requests.signal("GOVERNANCE_CONTINUITY", "STABILIZING", "Drafted"));
        client.post("pam", pilot + "/signals", Requests.signal("PRODUCTION_ECONOMICS", "STABILIZING", "Cost known"));
        client.post("eve", pilot + "/authorizations", authorization("CONTROLLED_INVESTMENT", "100000.00",
                "Bounded test", null));
        String page = pilot.replace("/api", "");
        PageSession owen = PageSession.signIn(ledger.port(), "owen");

        String before = owen.get(page).body();
        assertThat(before).contains("Business case", "Manual work on Returns fraud detector", "Current heuristic",
                "15% better than the heuristic", "No measurable gain by day 75", "40 stores",
                "Parallel run with the existing system", "Readiness checklist", "Long-term accountability defined",
                "— the checklist reads Stabilizing", "Assess a checklist item");

        HttpResponse<String> assessed = owen.submit(page, page + "/checklist", "criterion=ROLLOUT_CONFLICTS_REDUCED"
                + "&status=NOT_STARTED&checklistEvidence=" + URLEncoder.encode("Two units share a release window",
                StandardCharsets.UTF_8));
        assertThat(assessed.statusCode()).isEqualTo(302);
        assertThat(client.get("ada", pilot + "/checklist").body().at("/items/17/status").asString())
                .isEqualTo("NOT_STARTED");

        HttpResponse<String> invalid = owen.submit(page, page + "/checklist", "criterion=ROLLOUT_CONFLICTS_REDUCED");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Choose the status", "Enter the evidence");
    }

    @Test
    @Order(7)
    void aPilotRestoredFromItsSnapshotKnowsItsChecklist() {
        String pilotId = pilot.substring(pilot.lastIndexOf('/') + 1);
        assertThat(ledger.jdbc().queryForObject("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Integer.class, pilotId)).isPositive();
        ledger.stop();
        ledger.start();
        client = ledger.client();
        long events = ledger.eventCount();

        assess("ROLLOUT_CONFLICTS_REDUCED", "NOT_STARTED", "Two units share a release window");
        assertThat(ledger.eventCount()).as("the assessment it already holds appends nothing").isEqualTo(events);

        assess("COMPETING_DEPLOYMENT_PRIORITIES_ALIGNED", "COMPLETE", "Portfolio board ranks the releases");
        assess("OPERATIONAL_DEPENDENCIES_VISIBLE", "PARTIALLY_COMPLETE", "Dependency map for two of five units");
        JsonNode readings = client.get("ada", pilot).body().at("/summary/readings");
        assertThat(readings.at("/PORTFOLIO_COORDINATION").asString()).isEqualTo("UNSETTLED");
        assertThat(readings.at("/OPERATIONAL_OWNERSHIP").asString()).isEqualTo("STABILIZING");
    }

    private JsonNode assess(String criterion, String status, String evidence) {
        LedgerClient.Response response = client.post("owen", pilot + "/checklist",
                Map.of("criterion", criterion, "status", status, "evidence", evidence));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
