package com.pilotledger.command.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.policy.ReadinessPolicyProposed;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.api.review.AssessScaleReadiness;
import com.pilotledger.api.review.CompleteGapClosurePlan;
import com.pilotledger.api.review.ConcludeGateReview;
import com.pilotledger.api.review.ConveneGateReview;
import com.pilotledger.api.review.GapClosurePlan;
import com.pilotledger.api.review.GapClosurePlanCompleted;
import com.pilotledger.api.review.GapClosurePlanOverdue;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.api.review.GateReviewConvened;
import com.pilotledger.api.review.GateReviewOutcome;
import com.pilotledger.api.review.ScaleReadinessAssessed;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.command.policy.ReadinessPolicyHistory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.review.ScaleReadinessSignal.END_USERS_PREPARED;
import static com.pilotledger.api.review.ScaleReadinessSignal.GOVERNANCE_PROTOCOLS_TESTED;
import static com.pilotledger.api.review.SignalStatus.CONDITIONAL;
import static com.pilotledger.api.review.SignalStatus.CONFIRMED;
import static com.pilotledger.api.review.SignalStatus.FAILED;
import static com.pilotledger.api.review.StakeholderRole.CHANGE_MANAGEMENT_LEAD;
import static com.pilotledger.api.review.StakeholderRole.EXECUTIVE_SPONSOR;
import static com.pilotledger.api.review.StakeholderRole.OPERATIONAL_LEAD;
import static com.pilotledger.api.review.StakeholderRole.TECHNOLOGY_LEAD;
import static com.pilotledger.command.RefusalMatchers.refusedWith;

/** The gate review of seed 002 in the pilot: convening, each role's assessment, the outcome, the gap-closure plans. */
class GateReviewTest {

    private static final String PILOT = "pilot-1";
    private static final String REVIEW = "review-1";
    private static final String PLAN = "plan-1";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant CONVENED = Instant.parse("2026-04-01T09:00:00Z");
    private static final Instant ASSESSED = Instant.parse("2026-04-02T09:00:00Z");
    private static final Instant CONCLUDED = Instant.parse("2026-04-03T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-05-01T00:00:00Z");
    private static final Map<String, String> PAM = Map.of(AuditMetaData.ACTOR, "pam");
    private static final Map<StakeholderRole, String> PEOPLE = people();
    private static final String NEEDS_REVIEW_AND_CHECKLIST = "Authorize Deployment also needs a concluded gate review "
            + "that said proceed, no readiness checklist item Not started";
    private static final String NEEDS_CHECKLIST = "Authorize Deployment also needs no readiness checklist item Not started";

    private AggregateTestFixture<Pilot> fixture;
    private final ReadinessPolicyHistory policies = new ReadinessPolicyHistory();

    @BeforeEach
    void setUp() {
        fixture = PilotFixtures.pilotFixture(policies);
    }

    @Test
    void convenesAReviewNamingThePersonInEachOfTheFiveRoles() {
        fixture.given(registered(), firstRecommendation())
                .when(new ConveneGateReview(PILOT, REVIEW, PEOPLE, CONVENED), PAM)
                .expectEvents(new GateReviewConvened(PILOT, REVIEW, PEOPLE, "pam", CONVENED));
    }

    @Test
    void refusesToConveneAReviewThatLeavesARoleUnnamed() {
        Map<StakeholderRole, String> withoutChangeLead = new EnumMap<>(PEOPLE);
        withoutChangeLead.put(CHANGE_MANAGEMENT_LEAD, " ");
        fixture.given(registered(), firstRecommendation())
                .when(new ConveneGateReview(PILOT, REVIEW, withoutChangeLead, CONVENED), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.STAKEHOLDER_ROLE_UNNAMED));
    }

    @Test
    void refusesToConveneASecondReviewWhileOneIsOpen() {
        fixture.given(registered(), firstRecommendation(), convened())
                .when(new ConveneGateReview(PILOT, "review-2", PEOPLE, CONVENED), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.GATE_REVIEW_ALREADY_OPEN, Map.of("reviewId", REVIEW)));
    }

    @Test
    void recordsAnAssessmentForThePersonNamedInTheRoleAndWhoRecordedIt() {
        fixture.given(registered(), firstRecommendation(), convened())
                .when(assess(OPERATIONAL_LEAD, statuses(CONFIRMED)), PAM)
                .expectEvents(new ScaleReadinessAssessed(PILOT, REVIEW, OPERATIONAL_LEAD, "Olivia Ops",
                        assessments(statuses(CONFIRMED)), "pam", ASSESSED));
    }

    @Test
    void refusesAnAssessmentThatLeavesOutASignal() {
        List<SignalAssessment> four = assessments(statuses(CONFIRMED)).subList(0, 4);
        fixture.given(registered(), firstRecommendation(), convened())
                .when(new AssessScaleReadiness(PILOT, REVIEW, OPERATIONAL_LEAD, four, ASSESSED), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.SIGNAL_ASSESSMENT_INCOMPLETE));
    }

    @Test
    void refusesAnAssessmentWithoutEvidence() {
        List<SignalAssessment> blank = new ArrayList<>(assessments(statuses(CONFIRMED)));
        blank.set(2, new SignalAssessment(GOVERNANCE_PROTOCOLS_TESTED, CONFIRMED, ""));
        fixture.given(registered(), firstRecommendation(), convened())
                .when(new AssessScaleReadiness(PILOT, REVIEW, OPERATIONAL_LEAD, blank, ASSESSED), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.EVIDENCE_REQUIRED));
    }

    @Test
    void refusesAnAssessmentOfAReviewThatIsNotOpen() {
        fixture.given(registered(), firstRecommendation())
                .when(assess(OPERATIONAL_LEAD, statuses(CONFIRMED)), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.GATE_REVIEW_NOT_OPEN));
    }

    @Test
    void aReviewWithoutTheOperationalLeadsAssessmentCannotConclude() {
        fixture.given(registered(), firstRecommendation(), convened(), assessed(EXECUTIVE_SPONSOR, statuses(CONFIRMED)),
                        assessed(TECHNOLOGY_LEAD, statuses(CONFIRMED)))
                .when(conclude(List.of()), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.OPERATIONAL_LEAD_NOT_ASSESSED));
    }

    @Test
    void allFiveSignalsConfirmedProceedsToTheScaleDecision() {
        fixture.given(registered(), firstRecommendation(), convened(), assessed(OPERATIONAL_LEAD, statuses(CONFIRMED)),
                        assessed(EXECUTIVE_SPONSOR, statuses(CONFIRMED)))
                .when(conclude(List.of()), PAM)
                .expectEvents(new GateReviewConcluded(PILOT, REVIEW, GateReviewOutcome.PROCEED, statuses(CONFIRMED),
                        List.of(), List.of(TECHNOLOGY_LEAD, StakeholderRole.GOVERNANCE_LEAD, CHANGE_MANAGEMENT_LEAD),
                        "pam", CONCLUDED));
    }

    @Test
    void aProceedUnderVersionTwoLeavesAuthorizeDeploymentNeedingOnlyTheOtherEvidence() {
        activateVersionTwo();
        List<Object> history = allSixEstablishedUnderVersionTwo();
        history.addAll(List.of(convened(), assessed(OPERATIONAL_LEAD, statuses(CONFIRMED))));
        fixture.given(history)
                .when(conclude(List.of()), PAM)
                .expectEvents(concluded(GateReviewOutcome.PROCEED, statuses(CONFIRMED), List.of()),
                        new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT,
                                Posture.CONTROLLED_INVESTMENT, "v2", List.of(), NEEDS_CHECKLIST, CONCLUDED));
    }

    @Test
    void aLaterReviewThatDoesNotProceedWithdrawsTheEarlierProceedUnderVersionTwo() {
        activateVersionTwo();
        List<Object> history = allSixEstablishedUnderVersionTwo();
        history.addAll(List.of(convened(), assessed(OPERATIONAL_LEAD, statuses(CONFIRMED)),
                concluded(GateReviewOutcome.PROCEED, statuses(CONFIRMED), List.of()),
                new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT, Posture.CONTROLLED_INVESTMENT,
                        "v2", List.of(), NEEDS_CHECKLIST, CONCLUDED),
                new GateReviewConvened(PILOT, "review-2", PEOPLE, "pam", CONVENED),
                new ScaleReadinessAssessed(PILOT, "review-2", OPERATIONAL_LEAD, "Olivia Ops",
                        assessments(statuses(FAILED)), "pam", ASSESSED)));
        fixture.given(history)
                .when(new ConcludeGateReview(PILOT, "review-2", List.of(), CONCLUDED), PAM)
                .expectEvents(new GateReviewConcluded(PILOT, "review-2", GateReviewOutcome.SCALE_DISCUSSION_PAUSED,
                                statuses(FAILED), List.of(), rolesOtherThanTheOperationalLead(), "pam", CONCLUDED),
                        new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT,
                                Posture.CONTROLLED_INVESTMENT, "v2", List.of(), NEEDS_REVIEW_AND_CHECKLIST, CONCLUDED));
    }

    @Test
    void aConditionalSignalContinuesInPreProductionWithItsGapClosurePlanAndSchedulesItsDueDate() {
        Map<ScaleReadinessSignal, SignalStatus> oneConditional = statuses(CONFIRMED);
        oneConditional.put(END_USERS_PREPARED, CONDITIONAL);
        fixture.given(registered(), firstRecommendation(), convened(), assessed(OPERATIONAL_LEAD, oneConditional))
                .when(conclude(List.of(plan(END_USERS_PREPARED))), PAM)
                .expectEvents(concluded(GateReviewOutcome.CONTINUE_IN_PRE_PRODUCTION, oneConditional,
                        List.of(plan(END_USERS_PREPARED))))
                .expectScheduledDeadlineWithName(DUE, GapClosurePlans.DUE);
    }

    @Test
    void aConditionalSignalWithoutAGapClosurePlanCannotConclude() {
        Map<ScaleReadinessSignal, SignalStatus> oneConditional = statuses(CONFIRMED);
        oneConditional.put(END_USERS_PREPARED, CONDITIONAL);
        fixture.given(registered(), firstRecommendation(), convened(), assessed(OPERATIONAL_LEAD, oneConditional))
                .when(conclude(List.of()), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.GAP_CLOSURE_PLAN_REQUIRED));
    }

    @Test
    void theMostSevereStatusAnyRoleGivesASignalIsTheReviews() {
        Map<ScaleReadinessSignal, SignalStatus> governanceFails = statuses(CONFIRMED);
        governanceFails.put(GOVERNANCE_PROTOCOLS_TESTED, FAILED);
        Map<ScaleReadinessSignal, SignalStatus> usersConditional = statuses(CONFIRMED);
        usersConditional.put(END_USERS_PREPARED, CONDITIONAL);
        Map<ScaleReadinessSignal, SignalStatus> both = statuses(CONFIRMED);
        both.put(GOVERNANCE_PROTOCOLS_TESTED, FAILED);
        both.put(END_USERS_PREPARED, CONDITIONAL);
        fixture.given(registered(), firstRecommendation(), convened(), assessed(OPERATIONAL_LEAD, usersConditional),
                        assessed(EXECUTIVE_SPONSOR, governanceFails))
                .when(conclude(List.of()), PAM)
                .expectEvents(new GateReviewConcluded(PILOT, REVIEW, GateReviewOutcome.SCALE_DISCUSSION_PAUSED, both,
                        List.of(), List.of(TECHNOLOGY_LEAD, StakeholderRole.GOVERNANCE_LEAD, CHANGE_MANAGEMENT_LEAD),
                        "pam", CONCLUDED));
    }

    @Test
    void aGapClosurePlanNotCompletedByItsDueDateIsFlaggedOverdue() {
        fixture.givenCurrentTime(CONCLUDED)
                .andGivenCommands(conditionalReviewConcluded())
                .whenThenTimeElapses(Duration.ofDays(29))
                .expectEvents(overdue());
    }

    @Test
    void aGapClosurePlanIsFlaggedOverdueOnlyOnceWhenItsDeadlineFiresAgain() {
        fixture.givenCurrentTime(CONCLUDED)
                .andGivenCommands(conditionalReviewConcluded())
                .andGiven(overdue())
                .whenThenTimeElapses(Duration.ofDays(29))
                .expectNoEvents();
    }

    @Test
    void aGapClosurePlanCompletedBeforeItsDueDateIsNeverFlagged() {
        List<Object> commands = new ArrayList<>(conditionalReviewConcluded());
        commands.add(new CompleteGapClosurePlan(PILOT, PLAN, "Training delivered to all 40 stores", ASSESSED));
        fixture.givenCurrentTime(CONCLUDED)
                .andGivenCommands(commands)
                .whenThenTimeElapses(Duration.ofDays(29))
                .expectNoEvents();
    }

    @Test
    void aGapClosurePlanOfAKilledPilotIsNotFlagged() {
        fixture.givenCurrentTime(CONCLUDED)
                .andGivenCommands(conditionalReviewConcluded())
                .andGiven(new PilotKilled(PILOT, "No adoption", "pam", CONCLUDED))
                .whenThenTimeElapses(Duration.ofDays(29))
                .expectNoEvents();
    }

    @Test
    void completesAnOpenGapClosurePlanWithItsEvidence() {
        fixture.given(registered(), firstRecommendation(), convened(), conditionalConcluded())
                .when(new CompleteGapClosurePlan(PILOT, PLAN, "Training delivered", DUE), PAM)
                .expectEvents(new GapClosurePlanCompleted(PILOT, REVIEW, PLAN, "Training delivered", "pam", DUE));
    }

    @Test
    void refusesToCompleteAPlanThatIsNotOpen() {
        fixture.given(registered(), firstRecommendation(), convened(), conditionalConcluded(),
                        new GapClosurePlanCompleted(PILOT, REVIEW, PLAN, "Training delivered", "pam", DUE))
                .when(new CompleteGapClosurePlan(PILOT, PLAN, "Again", DUE), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.GAP_CLOSURE_PLAN_NOT_FOUND));
    }

    private void activateVersionTwo() {
        policies.record(new ReadinessPolicyProposed("v2", ReadinessRules.V2, "ada", "Evidence the articles ask for",
                T0.minus(Duration.ofDays(1))));
        policies.record(new ReadinessPolicyActivated("v2", "v1", T0, "ada", "Evidence the articles ask for"));
    }

    /**
     * Registered under v2, all six domains established: Controlled Investment until the evidence is there (the
     * checklist, another part of the pilot, is never started here).
     */
    private static List<Object> allSixEstablishedUnderVersionTwo() {
        List<Object> history = new ArrayList<>(List.of(registered()));
        for (StabilizationDomain domain : StabilizationDomain.values()) {
            history.add(new SignalRecorded(PILOT, domain, ReadinessLevel.ESTABLISHED, "Evidence", "review", T0, null,
                    "owen", T0));
        }
        history.add(new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT, Posture.PAUSE, "v2",
                List.of(), NEEDS_REVIEW_AND_CHECKLIST, T0));
        return history;
    }

    private static List<Object> conditionalReviewConcluded() {
        Map<ScaleReadinessSignal, SignalStatus> oneConditional = statuses(CONFIRMED);
        oneConditional.put(END_USERS_PREPARED, CONDITIONAL);
        return List.of(new com.pilotledger.api.pilot.RegisterPilot(PILOT, "Demand forecasting", "Merchandising",
                        "VP Merchandising", "owen", "Markdowns", "Heuristic", "+15%", Money.of("1200000.00", "USD"),
                        "No gain by day 75", Map.of(), List.of(), List.of(), T0),
                new ConveneGateReview(PILOT, REVIEW, PEOPLE, CONVENED),
                assess(OPERATIONAL_LEAD, oneConditional),
                conclude(List.of(plan(END_USERS_PREPARED))));
    }

    private static GateReviewConcluded conditionalConcluded() {
        Map<ScaleReadinessSignal, SignalStatus> oneConditional = statuses(CONFIRMED);
        oneConditional.put(END_USERS_PREPARED, CONDITIONAL);
        return concluded(GateReviewOutcome.CONTINUE_IN_PRE_PRODUCTION, oneConditional,
                List.of(plan(END_USERS_PREPARED)));
    }

    private static GapClosurePlanOverdue overdue() {
        return new GapClosurePlanOverdue(PILOT, REVIEW, PLAN, END_USERS_PREPARED, "Chris Change", DUE);
    }

    private static PilotRegistered registered() {
        return new PilotRegistered(PILOT, "Demand forecasting", "Merchandising", "VP Merchandising", "owen",
                "Markdowns and stockouts", "Heuristic forecast", "+15% accuracy on top 5% SKUs",
                Money.of("1200000.00", "USD"), "No accuracy gain by day 75", "pam", T0, List.of());
    }

    private static PostureRecommendationChanged firstRecommendation() {
        return new PostureRecommendationChanged(PILOT, Posture.PAUSE, null, "v1",
                List.of(StabilizationDomain.OPERATIONAL_OWNERSHIP, StabilizationDomain.GOVERNANCE_CONTINUITY,
                        StabilizationDomain.PRODUCTION_ECONOMICS), "Pause while Operational Ownership has no reading "
                        + "yet, Governance Continuity has no reading yet, Production Economics has no reading yet", T0);
    }

    private static GateReviewConvened convened() {
        return new GateReviewConvened(PILOT, REVIEW, PEOPLE, "pam", CONVENED);
    }

    private static AssessScaleReadiness assess(StakeholderRole role, Map<ScaleReadinessSignal, SignalStatus> given) {
        return new AssessScaleReadiness(PILOT, REVIEW, role, assessments(given), ASSESSED);
    }

    private static ScaleReadinessAssessed assessed(StakeholderRole role, Map<ScaleReadinessSignal, SignalStatus> given) {
        return new ScaleReadinessAssessed(PILOT, REVIEW, role, PEOPLE.get(role), assessments(given), "pam", ASSESSED);
    }

    private static ConcludeGateReview conclude(List<GapClosurePlan> plans) {
        return new ConcludeGateReview(PILOT, REVIEW, plans, CONCLUDED);
    }

    /** Concluded with the operational lead's assessment only: the other four roles did not assess. */
    private static GateReviewConcluded concluded(GateReviewOutcome outcome, Map<ScaleReadinessSignal, SignalStatus> signals,
                                                 List<GapClosurePlan> plans) {
        return new GateReviewConcluded(PILOT, REVIEW, outcome, signals, plans, rolesOtherThanTheOperationalLead(),
                "pam", CONCLUDED);
    }

    private static List<StakeholderRole> rolesOtherThanTheOperationalLead() {
        return Arrays.stream(StakeholderRole.values()).filter(role -> role != OPERATIONAL_LEAD).toList();
    }

    private static GapClosurePlan plan(ScaleReadinessSignal signal) {
        return new GapClosurePlan(PLAN, signal, "Train the store planners", "Chris Change", DUE,
                Money.of("40000.00", "USD"));
    }

    private static EnumMap<ScaleReadinessSignal, SignalStatus> statuses(SignalStatus status) {
        EnumMap<ScaleReadinessSignal, SignalStatus> statuses = new EnumMap<>(ScaleReadinessSignal.class);
        Arrays.stream(ScaleReadinessSignal.values()).forEach(signal -> statuses.put(signal, status));
        return statuses;
    }

    private static List<SignalAssessment> assessments(Map<ScaleReadinessSignal, SignalStatus> given) {
        return given.entrySet().stream()
                .map(entry -> new SignalAssessment(entry.getKey(), entry.getValue(), "Evidence of " + entry.getKey()))
                .toList();
    }

    private static Map<StakeholderRole, String> people() {
        EnumMap<StakeholderRole, String> people = new EnumMap<>(StakeholderRole.class);
        people.put(EXECUTIVE_SPONSOR, "Vera Sponsor");
        people.put(OPERATIONAL_LEAD, "Olivia Ops");
        people.put(TECHNOLOGY_LEAD, "Theo Tech");
        people.put(StakeholderRole.GOVERNANCE_LEAD, "Grace Governance");
        people.put(CHANGE_MANAGEMENT_LEAD, "Chris Change");
        return people;
    }
}
