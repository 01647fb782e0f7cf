package com.pilotledger.query.capital;

import com.pilotledger.api.capital.ApprovalLimitSet;
import com.pilotledger.api.capital.ApprovalWindowSet;
import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.CapitalBudgetSet;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReservationReleased;
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.CapitalShare;
import com.pilotledger.api.capital.CapitalView;
import com.pilotledger.api.capital.DecisionRights;
import com.pilotledger.api.capital.FindApprovalsInbox;
import com.pilotledger.api.capital.FindCapitalView;
import com.pilotledger.api.capital.FindDecisionRights;
import com.pilotledger.api.capital.FindInvestmentRequest;
import com.pilotledger.api.capital.FindPendingApprovals;
import com.pilotledger.api.capital.FourEyesThresholdSet;
import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.RequestStatus;
import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.InvestmentRequestClosed;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.RequestOutcome;
import com.pilotledger.query.support.OrderedPositions;
import com.pilotledger.query.support.ProjectedHistory;
import com.pilotledger.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pilotledger.api.metric.ProductionMetric.COST_PER_TASK;
import static com.pilotledger.api.metric.ProductionMetric.HUMAN_ESCALATION_RATE;
import static com.pilotledger.api.metric.ProductionMetric.OUTPUT_QUALITY_SCORE;
import static com.pilotledger.api.metric.ProductionMetric.TASK_COMPLETION_RATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capital read model on the application's own migrations (H2 in PostgreSQL mode), its events dispatched by Axon's
 * own annotation adapter: what each query answers, an event delivered twice, and a reset followed by a replay.
 */
class CapitalProjectionTest {

    private static final String PILOT = "pilot-1";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    /** Values holding every separator the former k=v;k=v text used, and a quote. */
    private static final Map<String, String> AWKWARD_FACTS = Map.of("available", "400.00",
            "note", "a;b=c,d \"quoted\" \\ back", "key;with=separators", "x");

    private ProjectedHistory history;
    private CapitalQueries queries;

    @BeforeEach
    void createTables() {
        ReadModelDatabase database = new ReadModelDatabase();
        JdbcClient jdbc = database.jdbcClient();
        history = new ProjectedHistory(new CapitalProjection(jdbc, new OrderedPositions(database.jdbcTemplate())),
                jdbc, "capital_settings", "capital_budget", "approval_limit", "capital_pilot", "capital_request");
        queries = new CapitalQueries(jdbc, "USD");
    }

    @Test
    void theDecisionRightsAreTheLatestSet() {
        project(new CapitalBudgetSet(usd("1000"), null, "Plan", "ada", T0));
        project(new FourEyesThresholdSet(usd("500"), null, "Policy", "ada", T0));
        project(new ApprovalWindowSet(Duration.ofDays(2), null, "Policy", "ada", T0));
        project(new ApprovalLimitSet(LimitHolder.role("EXECUTIVE"), usd("800"), null, "Policy", "ada", T0));
        project(new ApprovalLimitSet(LimitHolder.role("EXECUTIVE"), usd("900"), usd("800"), "Raised", "ada", at(1)));
        project(new CapitalBudgetSet(usd("2000"), usd("1000"), "Replan", "ada", at(1)));

        DecisionRights rights = queries.find(new FindDecisionRights());

        assertThat(rights.budget().amount()).isEqualByComparingTo("2000");
        assertThat(rights.fourEyesThreshold().amount()).isEqualByComparingTo("500");
        assertThat(rights.approvalWindow()).isEqualTo(Duration.ofDays(2));
        assertThat(rights.limits()).singleElement().satisfies(limit -> {
            assertThat(limit.holder()).isEqualTo(LimitHolder.role("EXECUTIVE"));
            assertThat(limit.limit().amount()).isEqualByComparingTo("900");
            assertThat(limit.reason()).isEqualTo("Raised");
        });
        assertThat(queries.find(new FindCapitalView(at(0).plusSeconds(1))).budget().amount())
                .as("the budget as of an instant is the last set by then").isEqualByComparingTo("1000");
    }

    @Test
    void anAuthorizedRequestIsCommittedAndKeepsWhatItsMakerWrote() {
        authorizedRequest();

        InvestmentRequestView request = queries.find(new FindInvestmentRequest("request-1")).orElseThrow();
        assertThat(request.status()).isEqualTo(RequestStatus.AUTHORIZED);
        assertThat(request.pilotName()).isEqualTo("Claims triage");
        assertThat(request.decidedBy()).isEqualTo("carol");
        assertThat(request.reserved().amount()).isEqualByComparingTo("0");
        assertThat(request.scope()).isEqualTo("Scope; with=separators, and \"quotes\"");
        assertThat(request.kpiProjections()).containsExactly(
                new KpiProjection(TASK_COMPLETION_RATE, new BigDecimal("95.5")),
                new KpiProjection(COST_PER_TASK, new BigDecimal("0.4")));

        CapitalView capital = queries.find(new FindCapitalView());
        assertThat(capital.committed().amount()).isEqualByComparingTo("600");
        assertThat(capital.reserved().amount()).isEqualByComparingTo("0");
        assertThat(capital.available().amount()).isEqualByComparingTo("400");
        assertThat(capital.byPosture()).hasSize(Posture.values().length);
        assertThat(capital.byPosture()).filteredOn(share -> share.group().equals("AUTHORIZE_DEPLOYMENT"))
                .singleElement().extracting(CapitalShare::pilots).isEqualTo(1L);
        assertThat(capital.byBusinessUnit()).extracting(CapitalShare::group).containsExactly("Claims");
    }

    @Test
    void aRequestWaitingForASecondApprovalIsInTheInboxOfAnotherUserWithTheAuthorityOnly() {
        project(new CapitalBudgetSet(usd("1000"), null, "Plan", "ada", T0));
        project(new ApprovalLimitSet(LimitHolder.role("EXECUTIVE"), usd("800"), null, "Policy", "ada", T0));
        project(registered());
        project(requested("request-1", List.of()));
        project(reserved("request-1"));

        assertThat(queries.find(new FindApprovalsInbox("carol", Set.of("EXECUTIVE"))).requests())
                .extracting(InvestmentRequestView::requestId).containsExactly("request-1");
        assertThat(queries.find(new FindApprovalsInbox("max", Set.of("EXECUTIVE"))).requests())
                .as("not the maker's own").isEmpty();
        assertThat(queries.find(new FindApprovalsInbox("bob", Set.of("VIEWER"))).requests())
                .as("not without a limit").isEmpty();
        assertThat(queries.find(new FindPendingApprovals()).requests()).hasSize(1);
        assertThat(queries.find(new FindCapitalView()).reserved().amount()).isEqualByComparingTo("600");
    }

    @Test
    void aRejectionEndsTheRequestAndGivesItsReservationBack() {
        project(new CapitalBudgetSet(usd("1000"), null, "Plan", "ada", T0));
        project(registered());
        project(requested("request-1", List.of()));
        project(reserved("request-1"));
        project(new CapitalRequestRejected("request-1", PILOT, "carol", authority(), "Not now", usd("600"), at(2)));
        project(new InvestmentRequestClosed(PILOT, "request-1", RequestOutcome.REJECTED, null,
                "Rejected by carol: Not now", Map.of(), at(2)));

        InvestmentRequestView request = queries.find(new FindInvestmentRequest("request-1")).orElseThrow();
        assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(request.facts()).isEmpty();
        assertThat(request.decidedBy()).isEqualTo("carol");
        assertThat(request.reason()).isEqualTo("Rejected by carol: Not now");
        assertThat(request.decidedAt()).isEqualTo(at(2));
        assertThat(request.reserved().amount()).isEqualByComparingTo("0");
        assertThat(queries.find(new FindCapitalView()).reserved().amount()).isEqualByComparingTo("0");
        assertThat(queries.find(new FindCapitalView(at(1).plusSeconds(1))).reserved().amount())
                .as("held between its reservation and its release").isEqualByComparingTo("600");
    }

    @Test
    void aReleaseCancelsAPendingRequestButLeavesAnAuthorizedOneAndAKillCancelsWhatIsStillPending() {
        authorizedRequest();
        project(new CapitalReservationReleased("request-1", PILOT, usd("0"), "Late release", at(3)));
        project(requested("request-2", List.of()));
        project(reserved("request-2"));
        project(new PilotCapitalReleased(PILOT, usd("1200"), List.of("request-2"), "Killed", at(4)));
        project(requested("request-3", List.of()));
        project(reserved("request-3"));
        project(new CapitalReservationReleased("request-3", PILOT, usd("600"), "The pilot was paused", at(5)));

        InvestmentRequestView authorized = queries.find(new FindInvestmentRequest("request-1")).orElseThrow();
        assertThat(authorized.status()).isEqualTo(RequestStatus.AUTHORIZED);
        assertThat(authorized.reason()).isNull();
        InvestmentRequestView cancelled = queries.find(new FindInvestmentRequest("request-2")).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(cancelled.reason()).isEqualTo("Killed");
        assertThat(cancelled.reserved().amount()).isEqualByComparingTo("0");
        InvestmentRequestView released = queries.find(new FindInvestmentRequest("request-3")).orElseThrow();
        assertThat(released.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(released.reason()).isEqualTo("The pilot was paused");
        assertThat(released.reserved().amount()).isEqualByComparingTo("0");
        assertThat(queries.find(new FindCapitalView()).committed().amount()).isEqualByComparingTo("0");
        assertThat(queries.find(new FindCapitalView()).reserved().amount()).isEqualByComparingTo("0");
    }

    @Test
    void aRefusedRequestKeepsItsFactsWhateverTheyHold() {
        project(registered());
        project(requested("request-2", List.of()));
        project(new InvestmentRequestClosed(PILOT, "request-2", RequestOutcome.REFUSED,
                ErrorCode.INSUFFICIENT_CAPITAL, "Not enough capital", AWKWARD_FACTS, at(3)));

        InvestmentRequestView request = queries.find(new FindInvestmentRequest("request-2")).orElseThrow();
        assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(request.code()).isEqualTo(ErrorCode.INSUFFICIENT_CAPITAL);
        assertThat(request.facts()).isEqualTo(AWKWARD_FACTS);
        assertThat(request.kpiProjections()).isEmpty();
    }

    /** The most the input accepts: four metrics, 15 integer and 4 fraction digits, trailing zeros without end. */
    @Test
    void theLongestKpiProjectionsTheInputAcceptsFitTheirColumn() {
        String longest = "999999999999999.9999" + "0".repeat(500);
        List<KpiProjection> projections = List.of(new KpiProjection(TASK_COMPLETION_RATE, new BigDecimal(longest)),
                new KpiProjection(OUTPUT_QUALITY_SCORE, new BigDecimal(longest)),
                new KpiProjection(COST_PER_TASK, new BigDecimal(longest)),
                new KpiProjection(HUMAN_ESCALATION_RATE, new BigDecimal("1E+2")));
        project(registered());
        project(requested("request-1", projections));

        assertThat(queries.find(new FindInvestmentRequest("request-1")).orElseThrow().kpiProjections())
                .extracting(KpiProjection::expected).extracting(BigDecimal::toPlainString)
                .containsExactly("999999999999999.9999", "999999999999999.9999", "999999999999999.9999", "100");
    }

    @Test
    void everyEventDeliveredTwiceChangesNothing() {
        authorizedRequest();
        history.assertRedeliveryChangesNothing();
    }

    @Test
    void aResetAndAReplayRebuildTheSameRows() {
        authorizedRequest();
        project(requested("request-2", List.of()));
        project(new InvestmentRequestClosed(PILOT, "request-2", RequestOutcome.REFUSED,
                ErrorCode.INSUFFICIENT_CAPITAL, "Not enough capital", AWKWARD_FACTS, at(3)));
        history.assertResetAndReplayRebuildTheSameRows();
    }

    private void authorizedRequest() {
        project(new CapitalBudgetSet(usd("1000"), null, "Plan", "ada", T0));
        project(new FourEyesThresholdSet(usd("500"), null, "Policy", "ada", T0));
        project(new ApprovalLimitSet(LimitHolder.role("EXECUTIVE"), usd("800"), null, "Policy", "ada", T0));
        project(registered());
        project(requested("request-1", List.of(new KpiProjection(TASK_COMPLETION_RATE, new BigDecimal("95.5000")),
                new KpiProjection(COST_PER_TASK, new BigDecimal("0.40")))));
        project(reserved("request-1"));
        project(new CapitalRequestApproved("request-1", PILOT, "carol", authority(), at(2)));
        project(new InvestmentAuthorized(PILOT, "request-1", Posture.AUTHORIZE_DEPLOYMENT, usd("600"), "Scope",
                null, "Rationale", null, false, null, "max", authority(), "carol", authority(), at(2), List.of()));
        project(new CapitalCommitted("request-1", PILOT, usd("600"), usd("600"), at(2)));
    }

    private static PilotRegistered registered() {
        return new PilotRegistered(PILOT, "Claims triage", "Claims", "Sam", "Owen", "Slow claims", "5 days",
                "1 day", usd("600"), "No gain", "pam", T0, List.of());
    }

    private static InvestmentAuthorizationRequested requested(String requestId, List<KpiProjection> projections) {
        return new InvestmentAuthorizationRequested(PILOT, requestId, Posture.AUTHORIZE_DEPLOYMENT, usd("600"),
                "Scope; with=separators, and \"quotes\"", null, "Rationale", Posture.AUTHORIZE_DEPLOYMENT, false,
                null, "max", Set.of("EXECUTIVE"), at(1), projections);
    }

    private static CapitalReserved reserved(String requestId) {
        return new CapitalReserved(requestId, PILOT, Posture.AUTHORIZE_DEPLOYMENT, usd("600"), usd("600"), "max",
                authority(), true, at(3), at(1));
    }

    private static Authority authority() {
        return new Authority(LimitHolder.role("EXECUTIVE"), usd("800"));
    }

    private void project(Object event) {
        history.project(event);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static Instant at(int day) {
        return T0.plus(Duration.ofDays(day));
    }
}
