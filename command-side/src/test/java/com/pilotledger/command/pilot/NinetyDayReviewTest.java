package com.pilotledger.command.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.ninetyday.CompleteNinetyDayReview;
import com.pilotledger.api.ninetyday.KpiOutcome;
import com.pilotledger.api.ninetyday.NinetyDayReviewCompleted;
import com.pilotledger.api.ninetyday.NinetyDayReviewDue;
import com.pilotledger.api.ninetyday.NinetyDayReviewOverdue;
import com.pilotledger.api.ninetyday.NinetyDayReviewScheduled;
import com.pilotledger.api.ninetyday.ReviewFinding;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.CompleteInvestmentAuthorization;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.command.policy.ReadinessPolicyHistory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pilotledger.api.metric.ProductionMetric.COST_PER_TASK;
import static com.pilotledger.api.metric.ProductionMetric.HUMAN_ESCALATION_RATE;
import static com.pilotledger.api.metric.ProductionMetric.OUTPUT_QUALITY_SCORE;
import static com.pilotledger.api.metric.ProductionMetric.TASK_COMPLETION_RATE;
import static com.pilotledger.command.RefusalMatchers.refusedWith;

/** The scale decision's KPI projections and its 90-day review (seed 002), with the persisted deadlines it runs on. */
class NinetyDayReviewTest {

    private static final String PILOT = "pilot-1";
    private static final String REQUEST = "request-1";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-09T09:00:00Z");
    private static final Instant DUE = DECIDED.plus(Duration.ofDays(90));
    private static final Instant OVERDUE = DUE.plus(Duration.ofDays(14));
    private static final Money REQUESTED = Money.of("1200000.00", "USD");
    private static final Map<String, String> EVE = Map.of(AuditMetaData.ACTOR, "eve",
            AuditMetaData.ACTOR_ROLES, "EXECUTIVE");
    private static final Map<String, String> PAM = Map.of(AuditMetaData.ACTOR, "pam",
            AuditMetaData.ACTOR_ROLES, "PORTFOLIO_MANAGER");
    private static final Authority EVE_AUTHORITY =
            new Authority(LimitHolder.role("EXECUTIVE"), Money.of("2000000.00", "USD"));
    private static final List<KpiProjection> PROJECTIONS = List.of(
            new KpiProjection(TASK_COMPLETION_RATE, new BigDecimal("92")),
            new KpiProjection(COST_PER_TASK, new BigDecimal("0.40")));

    private AggregateTestFixture<Pilot> fixture;

    @BeforeEach
    void setUp() {
        fixture = PilotFixtures.pilotFixture(new ReadinessPolicyHistory());
    }

    @Test
    void aScaleDecisionCarriesItsKpiProjectionsIntoTheRequest() {
        fixture.given(registered(), deploymentRecommended())
                .when(scaleDecision(PROJECTIONS), EVE)
                .expectEvents(requested(Posture.AUTHORIZE_DEPLOYMENT, PROJECTIONS));
    }

    @Test
    void kpiProjectionsOnAControlledInvestmentAreRefused() {
        fixture.given(registered(), deploymentRecommended())
                .when(new AuthorizeInvestment(PILOT, REQUEST, Posture.CONTROLLED_INVESTMENT,
                        Money.of("250000.00", "USD"), "40 stores", null, "Bounded", null, DECIDED, PROJECTIONS), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_KPI_PROJECTION));
    }

    @Test
    void aMetricProjectedTwiceIsRefused() {
        fixture.given(registered(), deploymentRecommended())
                .when(scaleDecision(List.of(new KpiProjection(TASK_COMPLETION_RATE, new BigDecimal("92")),
                        new KpiProjection(TASK_COMPLETION_RATE, new BigDecimal("95")))), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_KPI_PROJECTION));
    }

    @Test
    void aProjectionOutsideItsMetricsRangeIsRefused() {
        fixture.given(registered(), deploymentRecommended())
                .when(scaleDecision(List.of(new KpiProjection(HUMAN_ESCALATION_RATE, new BigDecimal("120")))), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_KPI_PROJECTION));
    }

    @Test
    void aScaleDecisionTakingEffectSchedulesItsReviewNinetyDaysLater() {
        fixture.given(registered(), deploymentRecommended(), requested(Posture.AUTHORIZE_DEPLOYMENT, PROJECTIONS))
                .when(complete())
                .expectEvents(authorized(Posture.AUTHORIZE_DEPLOYMENT, PROJECTIONS),
                        new NinetyDayReviewScheduled(PILOT, REQUEST, PROJECTIONS, DECIDED, DUE, OVERDUE))
                .expectScheduledDeadlineWithName(DUE, NinetyDayReview.FALLS_DUE)
                .expectScheduledDeadlineWithName(OVERDUE, NinetyDayReview.BECOMES_OVERDUE);
    }

    @Test
    void aControlledInvestmentSchedulesNoReview() {
        fixture.given(registered(), deploymentRecommended(), requested(Posture.CONTROLLED_INVESTMENT, List.of()))
                .when(complete())
                .expectEvents(authorized(Posture.CONTROLLED_INVESTMENT, List.of()))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aScaleDecisionRecordedBeforeProjectionsExistedIsReviewedWithoutThem() {
        fixture.given(registered(), deploymentRecommended(), requested(Posture.AUTHORIZE_DEPLOYMENT, null))
                .when(complete())
                .expectEvents(authorized(Posture.AUTHORIZE_DEPLOYMENT, null),
                        new NinetyDayReviewScheduled(PILOT, REQUEST, List.of(), DECIDED, DUE, OVERDUE));
    }

    @Test
    void theReviewFallsDueNinetyDaysAfterTheScaleDecision() {
        decidedAtDecisionTime()
                .whenThenTimeAdvancesTo(DUE)
                .expectEvents(new NinetyDayReviewDue(PILOT, REQUEST, DUE, OVERDUE))
                .expectScheduledDeadlineWithName(OVERDUE, NinetyDayReview.BECOMES_OVERDUE)
                .expectNoScheduledDeadlineWithName(DUE, NinetyDayReview.FALLS_DUE);
    }

    @Test
    void theReviewIsNotDueADayBeforeTheNinetyDaysHavePassed() {
        decidedAtDecisionTime()
                .whenThenTimeElapses(Duration.ofDays(89))
                .expectNoEvents();
    }

    @Test
    void theDueDeadlineFiredTwiceMakesTheReviewDueOnce() {
        decidedAtDecisionTime()
                .andGiven(new NinetyDayReviewDue(PILOT, REQUEST, DUE, OVERDUE))
                .whenThenTimeElapses(Duration.ofDays(90))
                .expectNoEvents();
    }

    @Test
    void aReviewNotCompletedWithinTwoWeeksOfFallingDueIsFlaggedOverdue() {
        decidedAtDecisionTime()
                .whenThenTimeAdvancesTo(OVERDUE)
                .expectEvents(new NinetyDayReviewDue(PILOT, REQUEST, DUE, OVERDUE),
                        new NinetyDayReviewOverdue(PILOT, REQUEST, DUE, OVERDUE));
    }

    @Test
    void aReviewCompletedInTimeIsNeverFlaggedOverdue() {
        decidedAtDecisionTime()
                .andGiven(due(), completed())
                .whenThenTimeAdvancesTo(OVERDUE.plus(Duration.ofDays(1)))
                .expectNoEvents();
    }

    @Test
    void theOverdueDeadlineOfAReviewAlreadyFlaggedChangesNothing() {
        decidedAtDecisionTime()
                .andGiven(new NinetyDayReviewDue(PILOT, REQUEST, DUE, OVERDUE),
                        new NinetyDayReviewOverdue(PILOT, REQUEST, DUE, OVERDUE))
                .whenThenTimeAdvancesTo(OVERDUE.plus(Duration.ofDays(1)))
                .expectNoEvents();
    }

    @Test
    void aKilledPilotsReviewNeverFallsDue() {
        decidedAtDecisionTime()
                .andGiven(new PilotKilled(PILOT, "Kill criteria met", "pam", DECIDED.plus(Duration.ofDays(30))))
                .whenThenTimeAdvancesTo(DUE)
                .expectNoEvents();
    }

    @Test
    void theDeadlineOfAScaleDecisionALaterOneReplacedChangesNothing() {
        decidedAtDecisionTime()
                .andGiven(new NinetyDayReviewScheduled(PILOT, "request-2", List.of(), DECIDED.plus(Duration.ofDays(10)),
                        DUE.plus(Duration.ofDays(10)), OVERDUE.plus(Duration.ofDays(10))))
                .whenThenTimeAdvancesTo(DUE)
                .expectNoEvents();
    }

    @Test
    void completingTheReviewComparesEachProjectionWithTheMedianOfTheLastFourWeeks() {
        Instant completed = DUE.plus(Duration.ofDays(3));
        fixture.given(registered(), deploymentRecommended(), scheduled(), due(),
                        points(completed, TASK_COMPLETION_RATE, "93", "95", "90"),
                        points(completed, COST_PER_TASK, "0.45", "0.38", "0.50"))
                .when(new CompleteNinetyDayReview(PILOT, "Completion held; cost per task above plan", completed), PAM)
                .expectEvents(new NinetyDayReviewCompleted(PILOT, REQUEST, List.of(
                                new KpiOutcome(TASK_COMPLETION_RATE, new BigDecimal("92"), new BigDecimal("93"), true),
                                new KpiOutcome(COST_PER_TASK, new BigDecimal("0.40"), new BigDecimal("0.45"), false)),
                        ReviewFinding.NOT_BORNE_OUT, completed.minus(Duration.ofDays(28)), completed,
                        "Completion held; cost per task above plan", "pam", completed));
    }

    @Test
    void aScaleDecisionWhoseProjectionsAllMaterializedWasWellFounded() {
        Instant completed = DUE.plus(Duration.ofDays(3));
        fixture.given(registered(), deploymentRecommended(), scheduled(), due(),
                        points(completed, TASK_COMPLETION_RATE, "94", "96"),
                        points(completed, COST_PER_TASK, "0.30", "0.40"))
                .when(new CompleteNinetyDayReview(PILOT, "Projections held", completed), EVE)
                .expectEvents(new NinetyDayReviewCompleted(PILOT, REQUEST, List.of(
                                new KpiOutcome(TASK_COMPLETION_RATE, new BigDecimal("92"), new BigDecimal("95"), true),
                                new KpiOutcome(COST_PER_TASK, new BigDecimal("0.40"), new BigDecimal("0.35"), true)),
                        ReviewFinding.WELL_FOUNDED, completed.minus(Duration.ofDays(28)), completed,
                        "Projections held", "eve", completed));
    }

    @Test
    void aProjectionNotMeasuredInTheLastFourWeeksIsNotMet() {
        Instant completed = DUE.plus(Duration.ofDays(3));
        fixture.given(registered(), deploymentRecommended(), scheduled(), due(),
                        points(completed.minus(Duration.ofDays(30)), TASK_COMPLETION_RATE, "99"),
                        points(completed, COST_PER_TASK, "0.30"))
                .when(new CompleteNinetyDayReview(PILOT, "Completion not monitored lately", completed), EVE)
                .expectEvents(new NinetyDayReviewCompleted(PILOT, REQUEST, List.of(
                                new KpiOutcome(TASK_COMPLETION_RATE, new BigDecimal("92"), null, false),
                                new KpiOutcome(COST_PER_TASK, new BigDecimal("0.40"), new BigDecimal("0.30"), true)),
                        ReviewFinding.NOT_BORNE_OUT, completed.minus(Duration.ofDays(28)), completed,
                        "Completion not monitored lately", "eve", completed));
    }

    @Test
    void aScaleDecisionWithoutProjectionsCannotBeShownWellFounded() {
        fixture.given(registered(), deploymentRecommended(),
                        new NinetyDayReviewScheduled(PILOT, REQUEST, List.of(), DECIDED, DUE, OVERDUE), due())
                .when(new CompleteNinetyDayReview(PILOT, "Nothing was projected", DUE), EVE)
                .expectEvents(new NinetyDayReviewCompleted(PILOT, REQUEST, List.of(), ReviewFinding.NO_PROJECTIONS,
                        DUE.minus(Duration.ofDays(28)), DUE, "Nothing was projected", "eve", DUE));
    }

    @Test
    void aReviewNotYetDueCannotBeCompleted() {
        fixture.given(registered(), deploymentRecommended(), scheduled())
                .when(new CompleteNinetyDayReview(PILOT, "Early", DUE.minus(Duration.ofDays(1))), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.NINETY_DAY_REVIEW_NOT_DUE));
    }

    @Test
    void aReviewIsCompletedOnce() {
        fixture.given(registered(), deploymentRecommended(), scheduled(), due(), completed())
                .when(new CompleteNinetyDayReview(PILOT, "Again", DUE), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.NINETY_DAY_REVIEW_NOT_DUE));
    }

    @Test
    void aReviewWithoutAConclusionIsRefused() {
        fixture.given(registered(), deploymentRecommended(), scheduled(), due())
                .when(new CompleteNinetyDayReview(PILOT, "  ", DUE), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED));
    }

    /** The scale decision completed by command at its decision time, so its deadline is in the fixture's schedule. */
    private TestExecutor<Pilot> decidedAtDecisionTime() {
        return fixture.given(registered(), deploymentRecommended(),
                        requested(Posture.AUTHORIZE_DEPLOYMENT, PROJECTIONS))
                .andGivenCurrentTime(DECIDED)
                .andGivenCommands(complete());
    }

    private static PilotRegistered registered() {
        return new PilotRegistered(PILOT, "Demand forecasting", "Merchandising", "VP Merchandising", "owen",
                "Markdowns and stockouts", "Heuristic forecast", "+15% accuracy on top 5% SKUs", REQUESTED,
                "No accuracy gain by day 75", "pam", T0, List.of());
    }

    private static PostureRecommendationChanged deploymentRecommended() {
        return new PostureRecommendationChanged(PILOT, Posture.AUTHORIZE_DEPLOYMENT, null, "v1",
                List.of(StabilizationDomain.values()), "All six established", T0);
    }

    private static AuthorizeInvestment scaleDecision(List<KpiProjection> projections) {
        return new AuthorizeInvestment(PILOT, REQUEST, Posture.AUTHORIZE_DEPLOYMENT, Money.of("900000.00", "USD"),
                "All stores", "Weekly monitoring", "All six established", null, DECIDED, projections);
    }

    private static InvestmentAuthorizationRequested requested(Posture posture, List<KpiProjection> projections) {
        return new InvestmentAuthorizationRequested(PILOT, REQUEST, posture, Money.of("900000.00", "USD"),
                "All stores", "Weekly monitoring", "All six established", Posture.AUTHORIZE_DEPLOYMENT, false, null,
                "eve", Set.of("EXECUTIVE"), DECIDED, projections);
    }

    private static CompleteInvestmentAuthorization complete() {
        return new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE_AUTHORITY, null, null, DECIDED);
    }

    private static InvestmentAuthorized authorized(Posture posture, List<KpiProjection> projections) {
        return new InvestmentAuthorized(PILOT, REQUEST, posture, Money.of("900000.00", "USD"), "All stores",
                "Weekly monitoring", "All six established", Posture.AUTHORIZE_DEPLOYMENT, false, null, "eve",
                EVE_AUTHORITY, null, null, DECIDED, projections);
    }

    private static NinetyDayReviewScheduled scheduled() {
        return new NinetyDayReviewScheduled(PILOT, REQUEST, PROJECTIONS, DECIDED, DUE, OVERDUE);
    }

    private static NinetyDayReviewDue due() {
        return new NinetyDayReviewDue(PILOT, REQUEST, DUE, OVERDUE);
    }

    private static NinetyDayReviewCompleted completed() {
        return new NinetyDayReviewCompleted(PILOT, REQUEST, List.of(), ReviewFinding.NOT_BORNE_OUT,
                DUE.minus(Duration.ofDays(28)), DUE, "Done", "pam", DUE);
    }

    /** One point a day, the last one the day before {@code before}. */
    private static MetricPointsRecorded points(Instant before, ProductionMetric metric, String... values) {
        List<MetricPoint> points = new ArrayList<>();
        for (int day = 0; day < values.length; day++) {
            points.add(new MetricPoint(metric, new BigDecimal(values[day]),
                    before.minus(Duration.ofDays(values.length - day))));
        }
        return new MetricPointsRecorded(PILOT, metric + "-" + before, points, "monitoring", before);
    }
}
