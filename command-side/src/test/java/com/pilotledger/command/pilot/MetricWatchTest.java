package com.pilotledger.command.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.metric.BreachKind;
import com.pilotledger.api.metric.KillComparison;
import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.KillCriterionMet;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.MetricThresholdsSet;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.metric.RecordMetricPoints;
import com.pilotledger.api.metric.SetMetricThresholds;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.policy.ReadinessPolicyProposed;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.command.policy.ReadinessPolicyHistory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.pilotledger.api.metric.ProductionMetric.COST_PER_TASK;
import static com.pilotledger.api.metric.ProductionMetric.HUMAN_ESCALATION_RATE;
import static com.pilotledger.api.metric.ProductionMetric.TASK_COMPLETION_RATE;
import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.command.RefusalMatchers.refusedWith;

/** Thresholds, breach detection and measurable kill criteria of a pilot (seeds 001 and 004). */
class MetricWatchTest {

    private static final String PILOT = "pilot-1";
    private static final Instant REGISTERED = Instant.parse("2026-04-01T09:00:00Z");
    /** The first day of points; a week of history ends on DAY0 + 7. */
    private static final Instant DAY0 = Instant.parse("2026-05-01T00:00:00Z");
    private static final Map<String, String> MONITOR = Map.of(AuditMetaData.ACTOR, "monitoring");
    private static final Map<String, String> PAM = Map.of(AuditMetaData.ACTOR, "pam");
    private static final MetricThresholds COMPLETION = new MetricThresholds(new BigDecimal("88"),
            new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("70"));
    private static final MetricThresholds ESCALATION = new MetricThresholds(new BigDecimal("12"),
            new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("20"));
    private static final String NO_GATE_READINGS = "Pause while Operational Ownership has no reading yet, Governance "
            + "Continuity has no reading yet, Production Economics has no reading yet";
    private static final KillCriterion BELOW_85_ON_MAY_10 = new KillCriterion(TASK_COMPLETION_RATE,
            KillComparison.BELOW, new BigDecimal("85"), LocalDate.parse("2026-05-10"));
    private static final Instant END_OF_MAY_10 = Instant.parse("2026-05-11T00:00:00Z");

    private AggregateTestFixture<Pilot> fixture;
    private final ReadinessPolicyHistory policies = new ReadinessPolicyHistory();

    @BeforeEach
    void setUp() {
        fixture = PilotFixtures.pilotFixture(policies);
    }

    @Nested
    class Thresholds {

        @Test
        void thresholdsGivenAtRegistrationAreRecordedPerMetric() {
            fixture.givenNoPriorActivity()
                    .when(register(Map.of(TASK_COMPLETION_RATE, COMPLETION), List.of()), PAM)
                    .expectEvents(registered(List.of()), thresholdsSet(TASK_COMPLETION_RATE, COMPLETION, REGISTERED),
                            firstRecommendation());
        }

        @Test
        void thresholdsAreSetLaterByWhoeverSetsThem() {
            fixture.given(registered(List.of()))
                    .when(new SetMetricThresholds(PILOT, HUMAN_ESCALATION_RATE, ESCALATION, DAY0), PAM)
                    .expectEvents(thresholdsSet(HUMAN_ESCALATION_RATE, ESCALATION, DAY0));
        }

        @Test
        void refusesAKillThresholdBetterThanTheMinimumAcceptable() {
            fixture.given(registered(List.of()))
                    .when(new SetMetricThresholds(PILOT, TASK_COMPLETION_RATE, new MetricThresholds(null, null,
                            new BigDecimal("80"), new BigDecimal("85")), DAY0), PAM)
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.INVALID_METRIC_THRESHOLDS));
        }

        @Test
        void refusesATargetNoBetterThanTheMinimumAcceptableOfAMetricWhereLowerIsBetter() {
            fixture.given(registered(List.of()))
                    .when(new SetMetricThresholds(PILOT, HUMAN_ESCALATION_RATE, new MetricThresholds(null,
                            new BigDecimal("12"), new BigDecimal("10"), null), DAY0), PAM)
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.INVALID_METRIC_THRESHOLDS));
        }

        @Test
        void refusesAPercentageThresholdAbove100() {
            fixture.given(registered(List.of()))
                    .when(new SetMetricThresholds(PILOT, TASK_COMPLETION_RATE, new MetricThresholds(null,
                            new BigDecimal("101"), null, null), DAY0), PAM)
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.INVALID_METRIC_THRESHOLDS));
        }

        @Test
        void refusesARegistrationWithThresholdsOutOfOrderAndRecordsNothing() {
            fixture.givenNoPriorActivity()
                    .when(register(Map.of(TASK_COMPLETION_RATE, new MetricThresholds(null, new BigDecimal("70"),
                            new BigDecimal("80"), null)), List.of()), PAM)
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.INVALID_METRIC_THRESHOLDS));
        }
    }

    @Nested
    class BreachDetection {

        @Test
        void aPointBelowTheMinimumAcceptableOfAMetricWhereHigherIsBetterIsABreach() {
            MetricPoint point = point(TASK_COMPLETION_RATE, "78", DAY0);
            fixture.given(registered(List.of()), firstRecommendation(),
                            thresholdsSet(TASK_COMPLETION_RATE, COMPLETION, REGISTERED))
                    .when(record("b1", DAY0, point), MONITOR)
                    .expectEvents(recorded("b1", DAY0, point),
                            breach(point, BreachKind.MINIMUM_ACCEPTABLE, "80", "Task completion rate was 78 % at "
                                    + minute(DAY0) + ", below its minimum acceptable of 80 %", DAY0));
        }

        @Test
        void aPointAboveTheMinimumAcceptableOfAMetricWhereLowerIsBetterIsABreach() {
            MetricPoint point = point(HUMAN_ESCALATION_RATE, "11", DAY0);
            fixture.given(registered(List.of()), firstRecommendation(),
                            thresholdsSet(HUMAN_ESCALATION_RATE, ESCALATION, REGISTERED))
                    .when(record("b1", DAY0, point), MONITOR)
                    .expectEvents(recorded("b1", DAY0, point),
                            breach(point, BreachKind.MINIMUM_ACCEPTABLE, "10", "Human escalation rate was 11 % at "
                                    + minute(DAY0) + ", above its minimum acceptable of 10 %", DAY0));
        }

        @Test
        void aPointBetterThanTheMinimumAcceptableIsNoBreachWhicheverTheDirection() {
            fixture.given(registered(List.of()), firstRecommendation(),
                            thresholdsSet(TASK_COMPLETION_RATE, COMPLETION, REGISTERED),
                            thresholdsSet(HUMAN_ESCALATION_RATE, ESCALATION, REGISTERED))
                    .when(record("b1", DAY0, point(TASK_COMPLETION_RATE, "81", DAY0),
                            point(HUMAN_ESCALATION_RATE, "9", DAY0)), MONITOR)
                    .expectEvents(recorded("b1", DAY0, point(TASK_COMPLETION_RATE, "81", DAY0),
                            point(HUMAN_ESCALATION_RATE, "9", DAY0)));
        }

        @Test
        void aPointAtTheKillThresholdIsReportedAsTheMoreSevereBreachOnly() {
            MetricPoint point = point(TASK_COMPLETION_RATE, "70", DAY0);
            fixture.given(registered(List.of()), firstRecommendation(),
                            thresholdsSet(TASK_COMPLETION_RATE, COMPLETION, REGISTERED))
                    .when(record("b1", DAY0, point), MONITOR)
                    .expectEvents(recorded("b1", DAY0, point),
                            breach(point, BreachKind.KILL_THRESHOLD, "70", "Task completion rate was 70 % at "
                                    + minute(DAY0) + ", past its kill threshold of 70 %", DAY0));
        }

        @Test
        void aPointFivePointsBelowItsFourWeekMedianIsARegression() {
            Instant day10 = DAY0.plus(Duration.ofDays(10));
            MetricPoint point = point(TASK_COMPLETION_RATE, "85", day10);
            fixture.given(registered(List.of()), firstRecommendation(), history(TASK_COMPLETION_RATE, "90", 10))
                    .when(record("b1", day10, point), MONITOR)
                    .expectEvents(recorded("b1", day10, point),
                            breach(point, BreachKind.REGRESSION, "85", "Task completion rate was 85 % at " + minute(day10)
                                    + ", 5 points or more below its 4-week median of 90 %", day10));
        }

        @Test
        void aPointLessThanFivePointsBelowItsMedianIsNoRegression() {
            Instant day10 = DAY0.plus(Duration.ofDays(10));
            fixture.given(registered(List.of()), firstRecommendation(), history(TASK_COMPLETION_RATE, "90", 10))
                    .when(record("b1", day10, point(TASK_COMPLETION_RATE, "85.5", day10)), MONITOR)
                    .expectEvents(recorded("b1", day10, point(TASK_COMPLETION_RATE, "85.5", day10)));
        }

        @Test
        void aCostPerTaskTwentyPercentAboveItsMedianIsARegression() {
            Instant day10 = DAY0.plus(Duration.ofDays(10));
            MetricPoint point = point(COST_PER_TASK, "3.00", day10);
            fixture.given(registered(List.of()), firstRecommendation(), history(COST_PER_TASK, "2.50", 10))
                    .when(record("b1", day10, point), MONITOR)
                    .expectEvents(recorded("b1", day10, point),
                            breach(point, BreachKind.REGRESSION, "3.000", "Cost per task was 3 at " + minute(day10)
                                    + ", 20 % or more above its 4-week median of 2.5", day10));
        }

        @Test
        void theFirstWeekOfPointsCannotRegress() {
            Instant day5 = DAY0.plus(Duration.ofDays(5));
            fixture.given(registered(List.of()), firstRecommendation(), history(TASK_COMPLETION_RATE, "90", 5))
                    .when(record("b1", day5, point(TASK_COMPLETION_RATE, "60", day5)), MONITOR)
                    .expectEvents(recorded("b1", day5, point(TASK_COMPLETION_RATE, "60", day5)));
        }

        @Test
        void aBreachThatGoesOnIsReportedAgainOnceADayNotForEveryPoint() {
            List<MetricPoint> hourly = IntStream.range(0, 30)
                    .mapToObj(hour -> point(TASK_COMPLETION_RATE, "78", DAY0.plus(Duration.ofHours(hour)))).toList();
            Instant recordedAt = DAY0.plus(Duration.ofHours(30));
            fixture.given(registered(List.of()), firstRecommendation(),
                            thresholdsSet(TASK_COMPLETION_RATE, COMPLETION, REGISTERED))
                    .when(new RecordMetricPoints(PILOT, "b1", hourly, recordedAt), MONITOR)
                    .expectEvents(new MetricPointsRecorded(PILOT, "b1", hourly, "monitoring", recordedAt),
                            breach(hourly.get(0), BreachKind.MINIMUM_ACCEPTABLE, "80", "Task completion rate was 78 % "
                                    + "at " + minute(DAY0) + ", below its minimum acceptable of 80 %", recordedAt),
                            breach(hourly.get(24), BreachKind.MINIMUM_ACCEPTABLE, "80", "Task completion rate was 78 "
                                    + "% at " + minute(hourly.get(24).observedAt()) + ", below its minimum acceptable of 80 %",
                                    recordedAt));
        }

        @Test
        void aBreachThatWorsensToTheKillThresholdIsReportedAtOnce() {
            MetricPoint first = point(TASK_COMPLETION_RATE, "78", DAY0);
            MetricPoint worse = point(TASK_COMPLETION_RATE, "65", DAY0.plus(Duration.ofHours(1)));
            fixture.given(registered(List.of()), firstRecommendation(),
                            thresholdsSet(TASK_COMPLETION_RATE, COMPLETION, REGISTERED), recorded("b1", DAY0, first),
                            breach(first, BreachKind.MINIMUM_ACCEPTABLE, "80", "earlier", DAY0))
                    .when(record("b2", worse.observedAt(), worse), MONITOR)
                    .expectEvents(recorded("b2", worse.observedAt(), worse),
                            breach(worse, BreachKind.KILL_THRESHOLD, "70", "Task completion rate was 65 % at "
                                    + minute(worse.observedAt()) + ", past its kill threshold of 70 %", worse.observedAt()));
        }

        @Test
        void aResentBatchReportsNoBreachAgain() {
            MetricPoint point = point(TASK_COMPLETION_RATE, "78", DAY0);
            fixture.given(registered(List.of()), firstRecommendation(),
                            thresholdsSet(TASK_COMPLETION_RATE, COMPLETION, REGISTERED), recorded("b1", DAY0, point),
                            breach(point, BreachKind.MINIMUM_ACCEPTABLE, "80", "earlier", DAY0))
                    .when(record("b1", DAY0.plus(Duration.ofMinutes(5)), point), MONITOR)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aLatePointOfABreachAlreadyReportedIsNotReportedAgain() {
            MetricPoint point = point(TASK_COMPLETION_RATE, "78", DAY0);
            MetricPoint late = point(TASK_COMPLETION_RATE, "77", DAY0.minus(Duration.ofHours(2)));
            fixture.given(registered(List.of()), firstRecommendation(),
                            thresholdsSet(TASK_COMPLETION_RATE, COMPLETION, REGISTERED), recorded("b1", DAY0, point),
                            breach(point, BreachKind.MINIMUM_ACCEPTABLE, "80", "earlier", DAY0))
                    .when(record("b2", DAY0, late), MONITOR)
                    .expectEvents(recorded("b2", DAY0, late));
        }
    }

    /** Version 2 requires no breached threshold in the last 48 hours for Authorize Deployment. */
    @Nested
    class BreachUnderVersionTwo {

        private static final String WITHOUT_BREACH = "Authorize Deployment also needs a concluded gate review that "
                + "said proceed, no readiness checklist item Not started";
        private static final String WITH_BREACH = "Authorize Deployment also needs a concluded gate review that said "
                + "proceed, no breached threshold in the last 48 hours, no readiness checklist item Not started";

        private final MetricPoint breaching = point(TASK_COMPLETION_RATE, "78", DAY0);
        private final Instant recordedAt = DAY0.plus(Duration.ofHours(1));
        private final Instant windowEnds = DAY0.plus(Duration.ofHours(48));

        @BeforeEach
        void activateVersionTwo() {
            policies.record(new ReadinessPolicyProposed("v2", ReadinessRules.V2, "ada", "Evidence", REGISTERED));
            policies.record(new ReadinessPolicyActivated("v2", "v1", REGISTERED, "ada", "Evidence"));
        }

        @Test
        void aBreachAddsItselfToWhatAuthorizeDeploymentStillNeeds() {
            fixture.given(established())
                    .when(record("b1", recordedAt, breaching), MONITOR)
                    .expectEvents(recorded("b1", recordedAt, breaching), minimumBreach(),
                            recommendation(WITH_BREACH, Posture.CONTROLLED_INVESTMENT, recordedAt))
                    .expectScheduledDeadlineWithName(windowEnds, Pilot.BREACH_WINDOW_ENDS);
        }

        @Test
        void fortyEightHoursAfterTheBreachThePilotIsAssessedAgainWithoutIt() {
            fixture.given(established())
                    .andGivenCurrentTime(recordedAt)
                    .andGivenCommands(record("b1", recordedAt, breaching))
                    .whenThenTimeAdvancesTo(windowEnds)
                    .expectTriggeredDeadlinesWithName(Pilot.BREACH_WINDOW_ENDS)
                    .expectEvents(recommendation(WITHOUT_BREACH, Posture.CONTROLLED_INVESTMENT, windowEnds));
        }

        @Test
        void theEndOfTheBreachWindowFiredTwiceRecordsOnce() {
            fixture.given(established())
                    .andGiven(recorded("b1", recordedAt, breaching), minimumBreach(),
                            recommendation(WITH_BREACH, Posture.CONTROLLED_INVESTMENT, recordedAt),
                            recommendation(WITHOUT_BREACH, Posture.CONTROLLED_INVESTMENT, windowEnds))
                    .andGivenCurrentTime(recordedAt)
                    .andGivenCommands(new SetMetricThresholds(PILOT, TASK_COMPLETION_RATE, COMPLETION, recordedAt))
                    .whenThenTimeAdvancesTo(windowEnds)
                    .expectNoEvents();
        }

        private List<Object> established() {
            List<Object> events = new ArrayList<>(List.of(registered(List.of()), firstRecommendation(),
                    thresholdsSet(TASK_COMPLETION_RATE, COMPLETION, REGISTERED)));
            for (StabilizationDomain domain : StabilizationDomain.values()) {
                events.add(new SignalRecorded(PILOT, domain, ESTABLISHED, "Evidence for " + domain, "review",
                        REGISTERED, null, "owen", REGISTERED));
            }
            events.add(recommendation(WITHOUT_BREACH, Posture.PAUSE, REGISTERED));
            return events;
        }

        private MetricThresholdBreached minimumBreach() {
            return breach(breaching, BreachKind.MINIMUM_ACCEPTABLE, "80", "Task completion rate was 78 % at " + minute(DAY0)
                    + ", below its minimum acceptable of 80 %", recordedAt);
        }

        private PostureRecommendationChanged recommendation(String reason, Posture previous, Instant at) {
            return new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT, previous, "v2", List.of(),
                    reason, at);
        }
    }

    @Nested
    class KillCriteria {

        private static final String MET = "Kill criterion met: Task completion rate below 85 % on 2026-05-10. The "
                + "median of task completion rate over the week up to 2026-05-10 was 80 %";
        private static final String PAUSE_FOR_KILL = "Kill criteria met: Task completion rate below 85 % on "
                + "2026-05-10 (measured 80 %). Killing the pilot is a human decision";

        @Test
        void registeringAMeasurableKillCriterionSchedulesItsJudgementAtTheEndOfItsDate() {
            fixture.givenCurrentTime(REGISTERED)
                    .when(register(Map.of(), List.of(BELOW_85_ON_MAY_10)), PAM)
                    .expectEvents(registered(List.of(BELOW_85_ON_MAY_10)), firstRecommendation())
                    .expectScheduledDeadlineWithName(END_OF_MAY_10, Pilot.KILL_CRITERIA_DUE);
        }

        @Test
        void atTheEndOfItsDateAKillCriterionWhoseMetricIsBelowItsThresholdIsMetAndRecommendsPause() {
            fixture.givenCurrentTime(REGISTERED)
                    .andGivenCommands(register(Map.of(), List.of(BELOW_85_ON_MAY_10)))
                    .andGiven(history(TASK_COMPLETION_RATE, "80", 10))
                    .whenThenTimeAdvancesTo(END_OF_MAY_10)
                    .expectEvents(new KillCriterionMet(PILOT, BELOW_85_ON_MAY_10, new BigDecimal("80"), MET,
                                    END_OF_MAY_10),
                            new PostureRecommendationChanged(PILOT, Posture.PAUSE, Posture.PAUSE, "v1", List.of(),
                                    PAUSE_FOR_KILL, END_OF_MAY_10));
        }

        @Test
        void aKillCriterionWhoseMetricReachedItsThresholdIsNotMet() {
            fixture.givenCurrentTime(REGISTERED)
                    .andGivenCommands(register(Map.of(), List.of(BELOW_85_ON_MAY_10)))
                    .andGiven(history(TASK_COMPLETION_RATE, "86", 10))
                    .whenThenTimeAdvancesTo(END_OF_MAY_10)
                    .expectTriggeredDeadlinesWithName(Pilot.KILL_CRITERIA_DUE)
                    .expectNoEvents();
        }

        @Test
        void aKillCriterionNothingWasMeasuredForStaysOpenAtItsDate() {
            fixture.givenCurrentTime(REGISTERED)
                    .andGivenCommands(register(Map.of(), List.of(BELOW_85_ON_MAY_10)))
                    .whenThenTimeAdvancesTo(END_OF_MAY_10)
                    .expectNoEvents();
        }

        @Test
        void pointsArrivingAfterTheDateThatShowTheCriterionMetMeetItOnArrival() {
            Instant recordedAt = END_OF_MAY_10.plus(Duration.ofHours(3));
            MetricPoint late = point(TASK_COMPLETION_RATE, "80", Instant.parse("2026-05-09T12:00:00Z"));
            fixture.given(registered(List.of(BELOW_85_ON_MAY_10)), firstRecommendation())
                    .when(record("late", recordedAt, late), MONITOR)
                    .expectEvents(recorded("late", recordedAt, late),
                            new KillCriterionMet(PILOT, BELOW_85_ON_MAY_10, new BigDecimal("80"), MET, recordedAt),
                            new PostureRecommendationChanged(PILOT, Posture.PAUSE, Posture.PAUSE, "v1", List.of(),
                                    PAUSE_FOR_KILL, recordedAt));
        }

        @Test
        void pointsBeforeTheDateNeverMeetTheCriterionEarly() {
            Instant may5 = Instant.parse("2026-05-05T00:00:00Z");
            fixture.given(registered(List.of(BELOW_85_ON_MAY_10)), firstRecommendation())
                    .when(record("early", may5, point(TASK_COMPLETION_RATE, "50", may5)), MONITOR)
                    .expectEvents(recorded("early", may5, point(TASK_COMPLETION_RATE, "50", may5)));
        }

        @Test
        void aMetKillCriterionIsNotMetAgain() {
            Instant later = END_OF_MAY_10.plus(Duration.ofDays(1));
            MetricPoint point = point(TASK_COMPLETION_RATE, "79", Instant.parse("2026-05-09T12:00:00Z"));
            fixture.given(registered(List.of(BELOW_85_ON_MAY_10)), firstRecommendation(),
                            history(TASK_COMPLETION_RATE, "80", 10),
                            new KillCriterionMet(PILOT, BELOW_85_ON_MAY_10, new BigDecimal("80"), MET, END_OF_MAY_10))
                    .when(record("again", later, point), MONITOR)
                    .expectEvents(recorded("again", later, point));
        }

        @Test
        void aKilledPilotsCriteriaAreNotJudgedAtTheirDate() {
            fixture.givenCurrentTime(REGISTERED)
                    .andGivenCommands(register(Map.of(), List.of(BELOW_85_ON_MAY_10)))
                    .andGiven(history(TASK_COMPLETION_RATE, "80", 10),
                            new PilotKilled(PILOT, "Stopped early", "pam", DAY0))
                    .whenThenTimeAdvancesTo(END_OF_MAY_10)
                    .expectNoEvents();
        }

        @Test
        void refusesAKillCriterionWithoutADate() {
            fixture.givenNoPriorActivity()
                    .when(register(Map.of(), List.of(new KillCriterion(TASK_COMPLETION_RATE, KillComparison.BELOW,
                            new BigDecimal("85"), null))), PAM)
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.INVALID_KILL_CRITERION));
        }
    }

    private static RegisterPilot register(Map<ProductionMetric, MetricThresholds> thresholds,
                                          List<KillCriterion> criteria) {
        return new RegisterPilot(PILOT, "Claims triage", "Claims", "VP Claims", "owen", "Slow triage",
                "88% completion", "95% completion", Money.of("500000.00", "USD"), "No gain by day 60", thresholds,
                criteria, null, REGISTERED);
    }

    private static PilotRegistered registered(List<KillCriterion> criteria) {
        return new PilotRegistered(PILOT, "Claims triage", "Claims", "VP Claims", "owen", "Slow triage",
                "88% completion", "95% completion", Money.of("500000.00", "USD"), "No gain by day 60", "pam",
                REGISTERED, criteria);
    }

    private static PostureRecommendationChanged firstRecommendation() {
        return new PostureRecommendationChanged(PILOT, Posture.PAUSE, null, "v1", List.of(
                StabilizationDomain.OPERATIONAL_OWNERSHIP, StabilizationDomain.GOVERNANCE_CONTINUITY,
                StabilizationDomain.PRODUCTION_ECONOMICS), NO_GATE_READINGS, REGISTERED);
    }

    private static MetricThresholdsSet thresholdsSet(ProductionMetric metric, MetricThresholds thresholds, Instant at) {
        return new MetricThresholdsSet(PILOT, metric, thresholds, "pam", at);
    }

    private static MetricPoint point(ProductionMetric metric, String value, Instant at) {
        return new MetricPoint(metric, new BigDecimal(value), at);
    }

    /** A point a day for {@code days} days from DAY0, all of one value. */
    private static MetricPointsRecorded history(ProductionMetric metric, String value, int days) {
        List<MetricPoint> points = IntStream.range(0, days)
                .mapToObj(day -> point(metric, value, DAY0.plus(Duration.ofDays(day)))).toList();
        return new MetricPointsRecorded(PILOT, "history-" + metric, points, "monitoring", DAY0);
    }

    private static RecordMetricPoints record(String batch, Instant at, MetricPoint... points) {
        return new RecordMetricPoints(PILOT, batch, List.of(points), at);
    }

    private static MetricPointsRecorded recorded(String batch, Instant at, MetricPoint... points) {
        return new MetricPointsRecorded(PILOT, batch, List.of(points), "monitoring", at);
    }

    private static MetricThresholdBreached breach(MetricPoint point, BreachKind kind, String limit, String evidence,
                                                  Instant detectedAt) {
        return new MetricThresholdBreached(PILOT, point.metric(), kind, new BigDecimal(limit), point.value(),
                point.observedAt(), evidence, detectedAt);
    }

    /** An observation instant as a breach's evidence words it. */
    private static String minute(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(instant);
    }
}
