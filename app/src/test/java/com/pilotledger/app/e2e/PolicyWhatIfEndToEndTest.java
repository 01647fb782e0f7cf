package com.pilotledger.app.e2e;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.projection.ProjectionCatchUp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.ReadinessLevel.UNSETTLED;
import static com.pilotledger.api.pilot.StabilizationDomain.DEPLOYMENT_SEQUENCING;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;
import static com.pilotledger.app.e2e.Requests.reason;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy versions and what-if, with fixed times: pilot A is authorized to Controlled Investment on 1 March 2026 under
 * v1 while Deployment Sequencing is unsettled; pilot B has its gates settled but sequencing unsettled. A stricter v2
 * (sequencing becomes a pause gate) turns A's authorization into an override and both pilots' posture into Pause, in
 * the what-if, without appending anything; activated, it is rolled out to both pilots and assesses new signals. B's
 * override to Authorize Deployment would be none under a version that requires only ownership established.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyWhatIfEndToEndTest extends EndToEndTest {

    private static final String A = "pilot-route-optimization";
    private static final String B = "pilot-claims-triage";
    private static final String REQUEST = "request-route-optimization-1";
    private static final String OVERRIDE = "request-claims-triage-1";
    private static final Instant FEB_1 = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant FEB_5 = Instant.parse("2026-02-05T09:00:00Z");
    private static final Instant FEB_20 = Instant.parse("2026-02-20T09:00:00Z");
    private static final Instant MAR_1 = Instant.parse("2026-03-01T09:00:00Z");

    @BeforeAll
    void twoPilotsWithDeploymentSequencingUnsettled() {
        register(A, "Route optimization");
        signal(A, OPERATIONAL_OWNERSHIP, STABILIZING, FEB_5);
        signal(A, GOVERNANCE_CONTINUITY, STABILIZING, FEB_5);
        signal(A, PRODUCTION_ECONOMICS, STABILIZING, FEB_5);
        signal(A, DEPLOYMENT_SEQUENCING, UNSETTLED, FEB_20);
        send(new AuthorizeInvestment(A, REQUEST, Posture.CONTROLLED_INVESTMENT, Money.of("200000.00", "USD"),
                "Two depots", "Parallel run", "Fuel savings proven in the pilot depot", null, MAR_1),
                new CommandOrigin("eve", Set.of("EXECUTIVE"), "policy-what-if", null));

        register(B, "Claims triage");
        signal(B, OPERATIONAL_OWNERSHIP, ESTABLISHED, FEB_5);
        signal(B, GOVERNANCE_CONTINUITY, ESTABLISHED, FEB_5);
        signal(B, PRODUCTION_ECONOMICS, ESTABLISHED, FEB_5);
        signal(B, DEPLOYMENT_SEQUENCING, UNSETTLED, FEB_20);
        send(new AuthorizeInvestment(B, OVERRIDE, Posture.AUTHORIZE_DEPLOYMENT, Money.of("300000.00", "USD"),
                "All claims centres", "Weekly review", "Gates established", "Sequencing risk accepted by the COO",
                MAR_1), new CommandOrigin("eve", Set.of("EXECUTIVE"), "policy-what-if", null));
    }

    @Test
    @Order(1)
    void underVersionOneBothPilotsAreRecommendedControlledInvestmentAndTheAuthorizationIsNoOverride() {
        JsonNode versions = client.get("owen", "/api/policy/versions").body();
        assertThat(versions.at("/activeVersion").asString()).isEqualTo("v1");
        assertThat(versions.at("/versions/0/status").asString()).isEqualTo("ACTIVE");
        for (String pilot : List.of(A, B)) {
            JsonNode recommendation = client.get("ada", "/api/pilots/" + pilot).body().at("/recommendation");
            assertThat(recommendation.at("/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
            assertThat(recommendation.at("/policyVersion").asString()).isEqualTo("v1");
        }
    }

    @Test
    @Order(2)
    void onlyAdministratorsProposeAndAVersionNameIsNeverReused() {
        assertThat(client.post("pam", "/api/policy/versions", sequencingGated("v2")).status()).isEqualTo(403);

        LedgerClient.Response proposed = client.post("alex", "/api/policy/versions", sequencingGated("v2"));
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.header("Location")).isEqualTo("/api/policy/versions/v2");
        assertThat(proposed.body().at("/status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.body().at("/proposedBy").asString()).isEqualTo("alex");

        awaitTheAuthorizationsDone();
        long events = ledger.eventCount();
        LedgerClient.Response again = client.post("alex", "/api/policy/versions", sequencingGated("v2"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().at("/code").asString()).isEqualTo("POLICY_VERSION_EXISTS");
        LedgerClient.Response unknown = client.post("alex", "/api/policy/versions/v9/activation", reason("Try"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().at("/code").asString()).isEqualTo("POLICY_VERSION_NOT_FOUND");
        LedgerClient.Response badName = client.post("alex", "/api/policy/versions", sequencingGated("version two"));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(ledger.eventCount()).isEqualTo(events);
    }

    @Test
    @Order(3)
    void theWhatIfOfTheStricterVersionTurnsThePastAuthorizationIntoAnOverrideAndPausesBothPilotsTodayReadOnly() {
        awaitTheAuthorizationsDone();
        long events = ledger.eventCount();

        LedgerClient.Response answer = client.get("ada", "/api/policy/versions/v2/what-if");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode whatIf = answer.body();
        assertThat(ledger.eventCount()).isEqualTo(events);
        assertThat(whatIf.at("/activeVersion").asString()).isEqualTo("v1");
        assertThat(whatIf.at("/pilotsReplayed").asInt()).isEqualTo(2);
        assertThat(whatIf.at("/eventsRead").asLong()).isEqualTo(events);
        assertThat(whatIf.at("/authorizationsBecomingOverrides").asInt()).isEqualTo(1);
        JsonNode override = whatIf.at("/becomingOverrides/0");
        assertThat(override.at("/pilotId").asString()).isEqualTo(A);
        assertThat(override.at("/requestId").asString()).isEqualTo(REQUEST);
        assertThat(override.at("/decidedAt").asString()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(override.at("/authorized").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(override.at("/recordedOverride").asBoolean()).isFalse();
        assertThat(override.at("/whatIfRecommendation").asString()).isEqualTo("PAUSE");
        assertThat(override.at("/whatIfOverride").asBoolean()).isTrue();
        assertThat(whatIf.at("/overridesNoLonger").asInt()).isZero();

        assertThat(whatIf.at("/pilotsDifferingToday").asInt()).isEqualTo(2);
        assertThat(names(whatIf.at("/today"), "/pilotId")).containsExactly(A, B);
        assertThat(names(whatIf.at("/today"), "/recorded")).containsOnly("CONTROLLED_INVESTMENT");
        assertThat(names(whatIf.at("/today"), "/whatIf")).containsOnly("PAUSE");
        assertThat(whatIf.at("/today/1/whatIfReason").asString()).contains("Deployment Sequencing is unsettled");
        // Under v2 a pause gate without a reading pauses: both differ from their first Controlled Investment on.
        assertThat(names(whatIf.at("/recommendations"), "/pilotId")).containsExactly(A, B);
        assertThat(names(whatIf.at("/recommendations"), "/at")).containsOnly("2026-02-05T09:00:00Z");
        assertThat(whatIf.at("/recommendations/0/whatIfReason").asString())
                .isEqualTo("Pause while Deployment Sequencing has no reading yet");
        System.out.printf("What-if of v2: %d events read in %d ms%n", whatIf.at("/eventsRead").asLong(),
                whatIf.at("/tookMillis").asLong());

        assertThat(client.get("owen", "/api/policy/versions/v2/what-if").status()).isEqualTo(403);
        assertThat(client.get("ada", "/api/policy/versions/v1/what-if").body().at("/code").asString())
                .isEqualTo("POLICY_VERSION_ALREADY_ACTIVE");
    }

    @Test
    @Order(4)
    void thePagesShowTheWhatIfSideBySideAndLetOnlyAdministratorsPropose() {
        PageSession auditor = PageSession.signIn(ledger.port(), "ada");
        HttpResponse<String> whatIf = auditor.get("/policy/v2/what-if");
        assertThat(whatIf.statusCode()).isEqualTo(200);
        assertThat(whatIf.body()).contains("id=\"what-if-today\"", "id=\"what-if-overrides\"", "Route optimization",
                "Claims triage", "Pause while Deployment Sequencing is unsettled");
        assertThat(auditor.get("/policy").body()).contains("id=\"version-v2\"").doesNotContain("propose-submit");
        assertThat(PageSession.signIn(ledger.port(), "owen").get("/policy/v2/what-if").statusCode()).isEqualTo(403);

        PageSession administrator = PageSession.signIn(ledger.port(), "alex");
        HttpResponse<String> proposed = administrator.submit("/policy", "/policy/versions", "version=v3"
                + "&pauseGates=OPERATIONAL_OWNERSHIP&gateMinimum=ESTABLISHED&deploymentRequires=OPERATIONAL_OWNERSHIP"
                + "&reason=Ownership+first");
        assertThat(proposed.statusCode()).isEqualTo(302);
        assertThat(client.get("ada", "/api/policy/versions/v3").body().at("/rules/gateMinimum").asString())
                .isEqualTo("ESTABLISHED");
        JsonNode relaxed = client.get("pam", "/api/policy/versions/v3/what-if").body();
        assertThat(relaxed.at("/overridesNoLonger").asInt()).isEqualTo(1);
        assertThat(relaxed.at("/noLongerOverrides/0/requestId").asString()).isEqualTo(OVERRIDE);
        assertThat(relaxed.at("/noLongerOverrides/0/recordedOverride").asBoolean()).isTrue();
        assertThat(relaxed.at("/noLongerOverrides/0/whatIfRecommendation").asString())
                .isEqualTo("AUTHORIZE_DEPLOYMENT");
        HttpResponse<String> refused = administrator.submit("/policy", "/policy/versions", "version=v3"
                + "&gateMinimum=STABILIZING&deploymentRequires=OPERATIONAL_OWNERSHIP&reason=Again");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Policy version v3 exists already");
    }

    @Test
    @Order(5)
    void activatingTheVersionRollsItOutToEveryPilotAndANewSignalIsAssessedUnderIt() {
        LedgerClient.Response activated = client.post("alex", "/api/policy/versions/v2/activation",
                reason("Sequencing failures stalled two rollouts"));
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.body().at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(activated.body().at("/activatedBy").asString()).isEqualTo("alex");

        for (String pilot : List.of(A, B)) {
            JsonNode recommendation = client.get("ada", "/api/pilots/" + pilot).body().at("/recommendation");
            assertThat(recommendation.at("/posture").asString()).isEqualTo("PAUSE");
            assertThat(recommendation.at("/policyVersion").asString()).isEqualTo("v2");
            assertThat(recommendation.at("/decidingDomains").toString()).contains("DEPLOYMENT_SEQUENCING");
        }
        JsonNode audit = client.get("ada", "/api/audit?eventType=ReadinessPolicyActivated").body().at("/entries/0");
        assertThat(audit.at("/actor").asString()).isEqualTo("alex");
        assertThat(audit.at("/summary").asString()).startsWith("Readiness policy v2 in force from ")
                .endsWith("(was v1): Sequencing failures stalled two rollouts");
        JsonNode versions = client.get("ada", "/api/policy/versions").body();
        assertThat(versions.at("/activeVersion").asString()).isEqualTo("v2");
        assertThat(versions.at("/versions/0/status").asString()).isEqualTo("RETIRED");
        assertThat(versions.at("/versions/0/effectiveTo").asString())
                .isEqualTo(versions.at("/versions/1/effectiveFrom").asString());

        assertThat(client.post("owen", "/api/pilots/" + B + "/signals", Requests.signal("DEPLOYMENT_SEQUENCING",
                "STABILIZING", "Rollout waves agreed with the claims centres")).status()).isEqualTo(200);
        JsonNode recommendation = client.get("ada", "/api/pilots/" + B).body().at("/recommendation");
        assertThat(recommendation.at("/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(recommendation.at("/policyVersion").asString()).isEqualTo("v2");
    }

    private static Map<String, Object> sequencingGated(String version) {
        return Map.of("version", version,
                "pauseGates", List.of("OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY", "PRODUCTION_ECONOMICS",
                        "DEPLOYMENT_SEQUENCING"),
                "gateMinimum", "STABILIZING",
                "deploymentRequires", List.of("OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY",
                        "DEPLOYMENT_SEQUENCING", "PRODUCTION_ECONOMICS", "OPERATIONAL_RESILIENCE",
                        "PORTFOLIO_COORDINATION"),
                "reason", "Sequencing failures stalled two rollouts");
    }

    private static List<String> names(JsonNode array, String pointer) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.at(pointer).asString()));
        return values;
    }

    private void register(String pilotId, String name) {
        send(new RegisterPilot(pilotId, name, "Operations", "COO", "owen", "Manual planning is slow",
                "Current planning time", "-30% planning time", Money.of("900000.00", "USD"),
                "No gain by day 90", null, null, List.of("owen"), FEB_1), new CommandOrigin("pam", Set.of("PORTFOLIO_MANAGER"), "policy-what-if",
                null));
    }

    private void signal(String pilotId, StabilizationDomain domain, ReadinessLevel level, Instant at) {
        send(new RecordSignal(pilotId, domain, level, "Gate review of " + domain.label(), "Gate review", at, null, at),
                new CommandOrigin("owen", Set.of("PILOT_OWNER"), "policy-what-if", null));
    }

    private void send(Object command, CommandOrigin origin) {
        ledger.bean(CommandSender.class).send(command, origin);
    }

    /**
     * The set-up's two authorizations go on in the background (the authorization process reserves, authorizes and
     * commits): a count of the events taken before they are done would see them as appended by what the test sends.
     * Done: every handler has reached the store's head and nothing was appended for half a second.
     */
    private void awaitTheAuthorizationsDone() {
        ProjectionCatchUp catchUp = ledger.bean(ProjectionCatchUp.class);
        long before;
        do {
            before = ledger.eventCount();
            assertThat(catchUp.awaitCurrentHead(Duration.ofSeconds(30))).isTrue();
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        } while (ledger.eventCount() != before);
    }
}
