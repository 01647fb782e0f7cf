package com.pilotledger.app.e2e;

import com.pilotledger.api.capital.ApproveCapitalRequest;
import com.pilotledger.api.capital.RejectCapitalRequest;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.PausePilot;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.pilotledger.app.e2e.Amounts.exact;
import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.StabilizationDomain.DEPLOYMENT_SEQUENCING;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_RESILIENCE;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the decider saw, with fixed business times: a pilot registered on 1 February 2026, signals on 5 and 20
 * February (and an older observation entered late), an authorization on 1 March, a signal on 10 March and a pause in
 * April; beside it, a pilot whose large requests a second executive rejects and then approves.
 */
class DecisionContextEndToEndTest extends EndToEndTest {

    private static final String USD = "USD";

    private final String pilotId = UUID.randomUUID().toString();
    private final String fourEyesPilotId = UUID.randomUUID().toString();
    private CommandSender commands;
    private BigDecimal availableBeforeTheAuthorization;
    private BigDecimal availableAfterTheAuthorization;
    private String recommendationReasonBeforeTheAuthorization;

    @BeforeAll
    void decideWithFixedTimes() {
        commands = ledger.bean(CommandSender.class);
        register(pilotId, "Demand forecasting", "2026-02-01");
        signal(pilotId, OPERATIONAL_OWNERSHIP, ESTABLISHED, "Planning team owns the model", "2026-02-05", "2026-02-05");
        signal(pilotId, GOVERNANCE_CONTINUITY, ESTABLISHED, "Approval pathway formalized", "2026-02-05", "2026-02-05");
        signal(pilotId, PRODUCTION_ECONOMICS, STABILIZING, "Compute cost estimated", "2026-02-05", "2026-02-05");
        signal(pilotId, PRODUCTION_ECONOMICS, ESTABLISHED, "Cost per store tracked", "2026-02-20", "2026-02-20");
        signal(pilotId, DEPLOYMENT_SEQUENCING, STABILIZING, "Store waves drafted", "2026-02-20", "2026-02-20");
        // observed on 10 February, entered on 25 February: older than the 20 February reading of the same domain
        signal(pilotId, DEPLOYMENT_SEQUENCING, ESTABLISHED, "Waves agreed (late note)", "2026-02-10", "2026-02-25");
        recommendationReasonBeforeTheAuthorization = latestRecommendationReason(pilotId);
        availableBeforeTheAuthorization = available();
        send("eve", "EXECUTIVE", new AuthorizeInvestment(pilotId, UUID.randomUUID().toString(),
                Posture.CONTROLLED_INVESTMENT, Money.of("300000.00", USD), "Forty stores", "Parallel run",
                "Controlled rollout while sequencing settles", null, at("2026-03-01")));
        availableAfterTheAuthorization = available();
        signal(pilotId, OPERATIONAL_RESILIENCE, STABILIZING, "Failover drill passed", "2026-03-10", "2026-03-10");
        send("pam", "PORTFOLIO_MANAGER", new PausePilot(pilotId, "Store systems freeze for the audit", at("2026-04-02")));

        register(fourEyesPilotId, "Inventory optimization", "2026-02-01");
        signal(fourEyesPilotId, OPERATIONAL_OWNERSHIP, ESTABLISHED, "DC managers own it", "2026-02-05", "2026-02-05");
        signal(fourEyesPilotId, GOVERNANCE_CONTINUITY, ESTABLISHED, "Council approves", "2026-02-05", "2026-02-05");
        signal(fourEyesPilotId, PRODUCTION_ECONOMICS, ESTABLISHED, "Cost per run tracked", "2026-02-05", "2026-02-05");
        String rejected = largeRequest("2026-03-02");
        send("ethan", "EXECUTIVE", new RejectCapitalRequest(rejected, "Wait for the DC pilot results", at("2026-03-03")));
        String approved = largeRequest("2026-03-04");
        send("ethan", "EXECUTIVE", new ApproveCapitalRequest(approved, at("2026-03-05")));
    }

    @Test
    void theAuthorizationShowsTheReadingsRecommendationCapitalAndLimitOfItsMoment() {
        JsonNode authorization = contextsOf(pilotId, "ada").get(0);
        assertThat(authorization.at("/act").asString()).isEqualTo("AUTHORIZATION_REQUEST");
        assertThat(authorization.at("/decidedBy").asString()).isEqualTo("eve");
        assertThat(authorization.at("/decidedAt").asString()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(reading(authorization, PRODUCTION_ECONOMICS).at("/evidence").asString())
                .isEqualTo("Cost per store tracked");
        assertThat(reading(authorization, PRODUCTION_ECONOMICS).at("/observedAt").asString())
                .isEqualTo("2026-02-20T09:00:00Z");
        assertThat(reading(authorization, OPERATIONAL_RESILIENCE).isMissingNode()).isTrue();
        assertThat(authorization.at("/readings").size()).isEqualTo(4);

        assertThat(authorization.at("/recommendation/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(authorization.at("/recommendation/policyVersion").asString()).isNotBlank();
        assertThat(authorization.at("/recommendation/reason").asString())
                .isEqualTo(recommendationReasonBeforeTheAuthorization);

        assertThat(exact(authorization.at("/capital/available/amount")))
                .isEqualByComparingTo(availableBeforeTheAuthorization);
        assertThat(exact(authorization.at("/capital/budget/amount"))).isEqualByComparingTo("5000000");
        assertThat(authorization.at("/rights/deciderAuthority/holder/name").asString()).isEqualTo("EXECUTIVE");
        assertThat(exact(authorization.at("/rights/deciderAuthority/limit/amount")))
                .isEqualByComparingTo("2000000");
        assertThat(exact(authorization.at("/rights/fourEyesThreshold/amount"))).isEqualByComparingTo("500000");
        assertThat(authorization.at("/rights/limits").size()).isEqualTo(2);
    }

    @Test
    void aLateOlderObservationRecordedBeforeTheDecisionDoesNotCountOverTheNewerOne() {
        JsonNode sequencing = reading(contextsOf(pilotId, "ada").get(0), DEPLOYMENT_SEQUENCING);
        assertThat(sequencing.at("/level").asString()).isEqualTo("STABILIZING");
        assertThat(sequencing.at("/evidence").asString()).isEqualTo("Store waves drafted");
    }

    @Test
    void thePauseShowsTheSignalRecordedAfterTheAuthorizationAndTheCapitalItCommitted() {
        JsonNode pause = contextsOf(pilotId, "pam").get(1);
        assertThat(pause.at("/act").asString()).isEqualTo("PAUSE");
        assertThat(pause.at("/reason").asString()).isEqualTo("Store systems freeze for the audit");
        assertThat(reading(pause, OPERATIONAL_RESILIENCE).at("/evidence").asString()).isEqualTo("Failover drill passed");
        assertThat(exact(pause.at("/capital/available/amount")))
                .isEqualByComparingTo(availableAfterTheAuthorization);
        assertThat(availableAfterTheAuthorization)
                .isEqualByComparingTo(availableBeforeTheAuthorization.subtract(new BigDecimal("300000")));
        assertThat(pause.at("/rights/deciderAuthority/holder/name").asString()).isEqualTo("PORTFOLIO_MANAGER");
        assertThat(exact(pause.at("/rights/deciderAuthority/limit/amount"))).isEqualByComparingTo("250000");
    }

    @Test
    void theSecondPersonSawTheRequestsReservationAndTheirOwnLimit() {
        JsonNode contexts = contextsOf(fourEyesPilotId, "eve");
        assertThat(contexts.findValuesAsString("act")).containsExactly("AUTHORIZATION_REQUEST", "REJECTION",
                "AUTHORIZATION_REQUEST", "APPROVAL");
        JsonNode rejection = contexts.get(1);
        assertThat(rejection.at("/decidedBy").asString()).isEqualTo("ethan");
        assertThat(rejection.at("/reason").asString()).isEqualTo("Wait for the DC pilot results");
        assertThat(exact(rejection.at("/capital/reserved/amount"))).isEqualByComparingTo("600000");
        JsonNode approval = contexts.get(3);
        assertThat(exact(approval.at("/requestedCapital/amount"))).isEqualByComparingTo("600000");
        assertThat(exact(approval.at("/capital/reserved/amount"))).isEqualByComparingTo("600000");
        assertThat(exact(approval.at("/capital/available/amount"))).isEqualByComparingTo(
                exact(contexts.get(2).at("/capital/available/amount")).subtract(new BigDecimal("600000")));
        assertThat(exact(approval.at("/rights/deciderAuthority/limit/amount"))).isEqualByComparingTo("2000000");
    }

    @Test
    void oneDecisionIsFoundByItsGlobalIndexAndAnyOtherEventIsNotFound() {
        JsonNode pause = contextsOf(pilotId, "ada").get(1);
        long index = pause.at("/globalIndex").asLong();
        LedgerClient.Response one = client.get("ada", "/api/audit/decisions/" + index + "/context");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).isEqualTo(pause);

        LedgerClient.Response notADecision = client.get("ada", "/api/audit/decisions/" + (index - 1) + "/context");
        assertThat(notADecision.status()).isEqualTo(404);
        assertThat(notADecision.body().at("/status").asInt()).isEqualTo(404);
        assertThat(client.get("ada", "/api/audit/decisions/999999999/context").status()).isEqualTo(404);
        assertThat(client.get("ada", "/api/pilots/no-such-pilot/decisions/context").status()).isEqualTo(404);
    }

    @Test
    void pilotOwnersDoNotReadWhatDecidersSaw() {
        assertThat(client.get("owen", "/api/pilots/" + pilotId + "/decisions/context").status()).isEqualTo(403);
    }
    private JsonNode contextsOf(String pilot, String user) {
        LedgerClient.Response response = client.get(user, "/api/pilots/" + pilot + "/decisions/context");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode reading(JsonNode context, StabilizationDomain domain) {
        for (JsonNode reading : context.at("/readings")) {
            if (reading.at("/domain").asString().equals(domain.name())) {
                return reading;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    private String largeRequest(String day) {
        String requestId = UUID.randomUUID().toString();
        send("eve", "EXECUTIVE", new AuthorizeInvestment(fourEyesPilotId, requestId, Posture.CONTROLLED_INVESTMENT,
                Money.of("600000.00", USD), "Two DCs", "Weekly review", "Overstock keeps growing", null, at(day)));
        return requestId;
    }

    private BigDecimal available() {
        return exact(client.get("ada", "/api/capital").body().at("/available/amount"));
    }

    private String latestRecommendationReason(String pilot) {
        JsonNode entries = client.get("ada", "/api/pilots/" + pilot + "/history?size=500").body().at("/entries");
        String reason = null;
        for (JsonNode entry : entries) {
            if (entry.at("/eventType").asString().equals("PostureRecommendationChanged")) {
                reason = entry.at("/payload/reason").asString();
            }
        }
        return reason;
    }

    private void register(String pilot, String name, String day) {
        send("pam", "PORTFOLIO_MANAGER", new RegisterPilot(pilot, name, "Merchandising", "VP of Merchandising",
                "Maria Chen", "Heuristic forecasts", "Heuristic accuracy", "+15% accuracy",
                Money.of("1400000.00", USD), "No gain by day 75", null, null, List.of("owen"), at(day)));
    }

    private void signal(String pilot, StabilizationDomain domain, ReadinessLevel level, String evidence,
                        String observedOn, String recordedOn) {
        send("owen", "PILOT_OWNER", new RecordSignal(pilot, domain, level, evidence, "Gate review", at(observedOn),
                null, at(recordedOn)));
    }

    private void send(String actor, String role, Object command) {
        commands.send(command, new CommandOrigin(actor, Set.of(role), UUID.randomUUID().toString(), null));
    }

    /** Nine in the morning UTC on that day of 2026. */
    private static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }
}
