package com.pilotledger.command.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.CloseInvestmentRequest;
import com.pilotledger.api.pilot.CompleteInvestmentAuthorization;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentRequestClosed;
import com.pilotledger.api.pilot.RequestOutcome;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.ninetyday.NinetyDayReviewScheduled;
import com.pilotledger.api.pilot.KillPilot;
import com.pilotledger.api.pilot.PausePilot;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.ReassessPilot;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.policy.ReadinessPolicyProposed;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.command.bus.CommandRefusalInterceptor;
import com.pilotledger.command.policy.ReadinessPolicyHistory;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.StabilizationDomain.DEPLOYMENT_SEQUENCING;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;
import static com.pilotledger.command.RefusalMatchers.refusedWith;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;

class PilotTest {

    private static final String PILOT = "pilot-1";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-09T09:00:00Z");
    private static final Money REQUESTED = Money.of("1200000.00", "USD");
    private static final List<StabilizationDomain> GATES =
            List.of(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS);
    private static final Map<String, String> PAM = Map.of(AuditMetaData.ACTOR, "pam");
    private static final Map<String, String> EVE = Map.of(AuditMetaData.ACTOR, "eve",
            AuditMetaData.ACTOR_ROLES, "EXECUTIVE");
    private static final String REQUEST = "request-1";
    private static final Authority EVE_AUTHORITY = new Authority(LimitHolder.role("EXECUTIVE"), Money.of("2000000.00", "USD"));
    private static final Map<String, String> OWEN = Map.of(AuditMetaData.ACTOR, "owen");
    private static final String NO_GATE_READINGS = "Pause while Operational Ownership has no reading yet, Governance "
            + "Continuity has no reading yet, Production Economics has no reading yet";

    /** Between registration (T0) and the signals (T1). */
    private static final Instant V2_IN_FORCE = Instant.parse("2026-03-05T09:00:00Z");
    private static final ReadinessRules SEQUENCING_GATED = new ReadinessRules(EnumSet.of(OPERATIONAL_OWNERSHIP,
            GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS, DEPLOYMENT_SEQUENCING), STABILIZING,
            EnumSet.allOf(StabilizationDomain.class), Set.of());

    private AggregateTestFixture<Pilot> fixture;
    private final ReadinessPolicyHistory policies = new ReadinessPolicyHistory();

    @BeforeEach
    void setUp() {
        fixture = PilotFixtures.pilotFixture(policies);
    }

    @Nested
    class PolicyVersions {

        @BeforeEach
        void activateVersionTwo() {
            policies.record(new ReadinessPolicyProposed("v2", SEQUENCING_GATED, "ada", "Sequencing gates", T0));
            policies.record(new ReadinessPolicyActivated("v2", "v1", V2_IN_FORCE, "ada", "Sequencing gates"));
        }

        @Test
        void aRecommendationNamesTheVersionInForceAtTheSignalsInstant() {
            fixture.given(registered(), firstRecommendation())
                    .when(signal(OPERATIONAL_OWNERSHIP, STABILIZING), OWEN)
                    .expectEvents(signalRecorded(OPERATIONAL_OWNERSHIP, STABILIZING),
                            new PostureRecommendationChanged(PILOT, Posture.PAUSE, Posture.PAUSE, "v2",
                                    List.of(GOVERNANCE_CONTINUITY, DEPLOYMENT_SEQUENCING, PRODUCTION_ECONOMICS),
                                    "Pause while Governance Continuity has no reading yet, Deployment Sequencing has "
                                            + "no reading yet, Production Economics has no reading yet", T1));
        }

        @Test
        void aRegistrationBeforeTheActivationIsAssessedUnderVersionOne() {
            fixture.givenNoPriorActivity()
                    .when(register(), PAM)
                    .expectEvents(registered(), firstRecommendation());
        }

        @Test
        void reassessingUnderTheNewVersionRecordsARecommendationNamingIt() {
            fixture.given(registered(), firstRecommendation())
                    .when(new ReassessPilot(PILOT, V2_IN_FORCE))
                    .expectEvents(new PostureRecommendationChanged(PILOT, Posture.PAUSE, Posture.PAUSE, "v2",
                            List.of(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY, DEPLOYMENT_SEQUENCING,
                                    PRODUCTION_ECONOMICS), "Pause while Operational Ownership has no reading yet, "
                            + "Governance Continuity has no reading yet, Deployment Sequencing has no reading yet, "
                            + "Production Economics has no reading yet", V2_IN_FORCE));
        }

        @Test
        void reassessingAgainRecordsNothing() {
            fixture.given(registered(), firstRecommendation(), new PostureRecommendationChanged(PILOT, Posture.PAUSE,
                            Posture.PAUSE, "v2", List.of(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY,
                            DEPLOYMENT_SEQUENCING, PRODUCTION_ECONOMICS), "Pause while Operational Ownership has no "
                            + "reading yet, Governance Continuity has no reading yet, Deployment Sequencing has no "
                            + "reading yet, Production Economics has no reading yet", V2_IN_FORCE))
                    .when(new ReassessPilot(PILOT, V2_IN_FORCE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aKilledPilotIsNotReassessed() {
            fixture.given(registered(), firstRecommendation(), new PilotKilled(PILOT, "No accuracy gain", "pam", T0))
                    .when(new ReassessPilot(PILOT, V2_IN_FORCE))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.PILOT_KILLED));
        }
    }

    @Test
    void registeringRecordsTheCaseAndAFirstRecommendationOfPause() {
        fixture.givenNoPriorActivity()
                .when(register(), PAM)
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(),
                        new PostureRecommendationChanged(PILOT, Posture.PAUSE, null, "v1", GATES,
                                "Pause while Operational Ownership has no reading yet, Governance Continuity has no "
                                        + "reading yet, Production Economics has no reading yet", T0));
    }

    @Test
    void refusesARegistrationWithoutPositiveRequestedCapital() {
        for (String amount : new String[] {"0.00", "-1.00"}) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPilot(PILOT, "Demand forecasting", "Merchandising", "VP Merchandising", "owen",
                            "Markdowns and stockouts", "Heuristic forecast", "+15% accuracy", Money.of(amount, "USD"),
                            "No accuracy gain by day 75", null, null, null, T0), PAM)
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.CAPITAL_NOT_POSITIVE));
        }
    }

    @Test
    void aSignalThatChangesOnlyTheReasonRecordsTheRecommendationAgainWithItsNewReason() {
        fixture.given(registered(), firstRecommendation(), signalRecorded(OPERATIONAL_OWNERSHIP, STABILIZING),
                        signalRecorded(GOVERNANCE_CONTINUITY, STABILIZING), signalRecorded(PRODUCTION_ECONOMICS, STABILIZING),
                        new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT, Posture.PAUSE, "v1",
                                List.of(StabilizationDomain.values()), "an earlier reason", T0))
                .when(signal(StabilizationDomain.OPERATIONAL_RESILIENCE, STABILIZING), OWEN)
                .expectEvents(signalRecorded(StabilizationDomain.OPERATIONAL_RESILIENCE, STABILIZING),
                        new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT,
                                Posture.CONTROLLED_INVESTMENT, "v1", List.of(StabilizationDomain.values()),
                                "Bounded scope while Operational Ownership is stabilizing, Governance Continuity is "
                                        + "stabilizing, Deployment Sequencing has no reading yet, Production "
                                        + "Economics is stabilizing, Operational Resilience is stabilizing, "
                                        + "Portfolio Coordination has no reading yet", T1));
    }

    @Test
    void aPauseClosesThePendingRequestSoItCanNeverBeCompleted() {
        fixture.given(registered(), controlledInvestmentRecommended(),
                        requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded", false, null))
                .when(new PausePilot(PILOT, "Costs unclear", T1), PAM)
                .expectEvents(new PilotPaused(PILOT, "Costs unclear", Posture.PAUSE, "pam", T1),
                        closedAsCancelled("The pilot was paused: Costs unclear"));
    }

    @Test
    void aRequestClosedByAPauseIsRefusedWhenTheProcessTriesToCompleteIt() {
        fixture.given(registered(), controlledInvestmentRecommended(),
                        requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded", false, null),
                        new PilotPaused(PILOT, "Costs unclear", Posture.PAUSE, "pam", T1),
                        closedAsCancelled("The pilot was paused: Costs unclear"))
                .when(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE_AUTHORITY, "ethan", EVE_AUTHORITY, T1))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.REQUEST_NOT_PENDING));
    }

    @Test
    void aKillClosesThePendingRequest() {
        fixture.given(registered(), controlledInvestmentRecommended(),
                        requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded", false, null))
                .when(new KillPilot(PILOT, "Sponsor left", T1), PAM)
                .expectEvents(new PilotKilled(PILOT, "Sponsor left", "pam", T1),
                        closedAsCancelled("The pilot was killed: Sponsor left"));
    }

    @Test
    void refusesASecondRegistrationOfTheSamePilot() {
        fixture.given(registered(), firstRecommendation())
                .when(register(), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.PILOT_ALREADY_REGISTERED));
    }

    @Test
    void aSignalThatDoesNotChangeTheRecommendationIsRecordedAlone() {
        fixture.given(registered(), firstRecommendation())
                .when(signal(StabilizationDomain.OPERATIONAL_RESILIENCE, STABILIZING), OWEN)
                .expectEvents(signalRecorded(StabilizationDomain.OPERATIONAL_RESILIENCE, STABILIZING));
    }

    @Test
    void aSignalThatChangesTheDecidingDomainsRecordsANewRecommendationWithTheSamePosture() {
        fixture.given(registered(), firstRecommendation())
                .when(signal(OPERATIONAL_OWNERSHIP, ESTABLISHED), OWEN)
                .expectEvents(signalRecorded(OPERATIONAL_OWNERSHIP, ESTABLISHED),
                        new PostureRecommendationChanged(PILOT, Posture.PAUSE, Posture.PAUSE, "v1",
                                List.of(GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS),
                                "Pause while Governance Continuity has no reading yet, Production Economics has no "
                                        + "reading yet", T1));
    }

    @Test
    void theRecommendationMovesToControlledInvestmentWhenTheGatesStabilize() {
        fixture.given(registered(), firstRecommendation(),
                        signalRecorded(OPERATIONAL_OWNERSHIP, STABILIZING),
                        signalRecorded(GOVERNANCE_CONTINUITY, STABILIZING))
                .when(signal(PRODUCTION_ECONOMICS, STABILIZING), OWEN)
                .expectEvents(signalRecorded(PRODUCTION_ECONOMICS, STABILIZING),
                        new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT, Posture.PAUSE, "v1",
                                List.of(StabilizationDomain.values()),
                                "Bounded scope while Operational Ownership is stabilizing, Governance Continuity is "
                                        + "stabilizing, Deployment Sequencing has no reading yet, Production "
                                        + "Economics is stabilizing, Operational Resilience has no reading yet, "
                                        + "Portfolio Coordination has no reading yet", T1));
    }

    @Nested
    class LatestObservationCounts {

        private static final Instant FEB_5 = Instant.parse("2026-02-05T09:00:00Z");
        private static final Instant FEB_19 = Instant.parse("2026-02-19T09:00:00Z");
        private static final Instant FEB_20 = Instant.parse("2026-02-20T09:00:00Z");
        private static final Instant MAR_1 = Instant.parse("2026-03-01T09:00:00Z");

        @Test
        void aLateOlderObservationIsRecordedButNeitherOverridesTheNewerOneNorChangesTheRecommendation() {
            fixture.given(registered(), firstRecommendation(),
                            observed(OPERATIONAL_OWNERSHIP, ESTABLISHED, FEB_20, FEB_20),
                            observed(GOVERNANCE_CONTINUITY, ESTABLISHED, FEB_20, FEB_20),
                            observed(PRODUCTION_ECONOMICS, ESTABLISHED, FEB_20, FEB_20),
                            gatesEstablished())
                    .when(observe(OPERATIONAL_OWNERSHIP, ReadinessLevel.UNSETTLED, FEB_5, MAR_1), OWEN)
                    .expectEvents(observed(OPERATIONAL_OWNERSHIP, ReadinessLevel.UNSETTLED, FEB_5, MAR_1));
        }

        @Test
        void anObservationOfTheSameInstantRecordedLaterOverridesAndChangesTheRecommendation() {
            fixture.given(registered(), firstRecommendation(),
                            observed(OPERATIONAL_OWNERSHIP, ESTABLISHED, FEB_20, FEB_20),
                            observed(GOVERNANCE_CONTINUITY, ESTABLISHED, FEB_20, FEB_20),
                            observed(PRODUCTION_ECONOMICS, ESTABLISHED, FEB_20, FEB_20),
                            gatesEstablished())
                    .when(observe(OPERATIONAL_OWNERSHIP, ReadinessLevel.UNSETTLED, FEB_20, MAR_1), OWEN)
                    .expectEvents(observed(OPERATIONAL_OWNERSHIP, ReadinessLevel.UNSETTLED, FEB_20, MAR_1),
                            new PostureRecommendationChanged(PILOT, Posture.PAUSE, Posture.CONTROLLED_INVESTMENT, "v1",
                                    List.of(OPERATIONAL_OWNERSHIP), "Pause while Operational Ownership is unsettled",
                                    MAR_1));
        }

        @Test
        void aSignalStoredWithoutObservationTimeCountsAsObservedWhenRecorded() {
            fixture.given(registered(), firstRecommendation(),
                            observed(OPERATIONAL_OWNERSHIP, ESTABLISHED, null, FEB_20),
                            observed(GOVERNANCE_CONTINUITY, ESTABLISHED, FEB_20, FEB_20),
                            observed(PRODUCTION_ECONOMICS, ESTABLISHED, FEB_20, FEB_20),
                            gatesEstablished())
                    .when(observe(OPERATIONAL_OWNERSHIP, ReadinessLevel.UNSETTLED, FEB_19, MAR_1), OWEN)
                    .expectEvents(observed(OPERATIONAL_OWNERSHIP, ReadinessLevel.UNSETTLED, FEB_19, MAR_1));
        }

        /** The case: a reading observed ten days ago, entered after yesterday's, must not drop the pilot. */
        @Test
        void authorizeDeploymentStaysWhenATenDayOldUnsettledReadingIsEnteredAfterYesterdaysEstablishedOne() {
            fixture.given(allSixEstablishedOn(FEB_19))
                    .when(observe(StabilizationDomain.DEPLOYMENT_SEQUENCING, ReadinessLevel.UNSETTLED,
                            FEB_19.minus(Duration.ofDays(9)), FEB_20), OWEN)
                    .expectEvents(observed(StabilizationDomain.DEPLOYMENT_SEQUENCING, ReadinessLevel.UNSETTLED,
                            FEB_19.minus(Duration.ofDays(9)), FEB_20));
        }

        @Test
        void afterALateOlderReadingAuthorizeDeploymentIsStillWithinTheRecommendation() {
            List<Object> history = new ArrayList<>(allSixEstablishedOn(FEB_19));
            history.add(observed(StabilizationDomain.DEPLOYMENT_SEQUENCING, ReadinessLevel.UNSETTLED,
                    FEB_19.minus(Duration.ofDays(9)), FEB_20));
            fixture.given(history)
                    .when(authorize(Posture.AUTHORIZE_DEPLOYMENT, "250000.00", "All six established", null), EVE)
                    .expectEvents(new InvestmentAuthorizationRequested(PILOT, REQUEST, Posture.AUTHORIZE_DEPLOYMENT,
                            Money.of("250000.00", "USD"), "40 stores", "Parallel run", "All six established",
                            Posture.AUTHORIZE_DEPLOYMENT, false, null, "eve", Set.of("EXECUTIVE"), T1, List.of()));
        }

        private static PostureRecommendationChanged gatesEstablished() {
            return new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT, Posture.PAUSE, "v1",
                    List.of(StabilizationDomain.DEPLOYMENT_SEQUENCING, StabilizationDomain.OPERATIONAL_RESILIENCE,
                            StabilizationDomain.PORTFOLIO_COORDINATION),
                    "Bounded scope while Deployment Sequencing has no reading yet, Operational Resilience has no "
                            + "reading yet, Portfolio Coordination has no reading yet", FEB_20);
        }

        private static List<Object> allSixEstablishedOn(Instant day) {
            List<Object> history = new ArrayList<>(List.of(registered(), firstRecommendation()));
            for (StabilizationDomain domain : StabilizationDomain.values()) {
                history.add(observed(domain, ESTABLISHED, day, day));
            }
            history.add(new PostureRecommendationChanged(PILOT, Posture.AUTHORIZE_DEPLOYMENT, Posture.PAUSE, "v1",
                    List.of(StabilizationDomain.values()), "All six stabilization domains are established", day));
            return history;
        }

        private static RecordSignal observe(StabilizationDomain domain, ReadinessLevel level, Instant observedAt,
                                            Instant recordedAt) {
            return new RecordSignal(PILOT, domain, level, "Evidence for " + domain, "gate review", observedAt, null,
                    recordedAt);
        }

        private static SignalRecorded observed(StabilizationDomain domain, ReadinessLevel level, Instant observedAt,
                                               Instant recordedAt) {
            return new SignalRecorded(PILOT, domain, level, "Evidence for " + domain, "gate review", observedAt, null,
                    "owen", recordedAt);
        }
    }

    @Test
    void refusesASignalWithoutEvidence() {
        fixture.given(registered(), firstRecommendation())
                .when(new RecordSignal(PILOT, OPERATIONAL_OWNERSHIP, ESTABLISHED, "  ", "rota", T1, null, T1), OWEN)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.EVIDENCE_REQUIRED));
    }

    @Test
    void anAuthorizationWithinTheRecommendationIsRequestedWithoutOverride() {
        fixture.given(registered(), controlledInvestmentRecommended())
                .when(authorize(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded rollout to 40 stores", null), EVE)
                .expectEvents(requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded rollout to 40 stores",
                        false, null));
    }

    @Test
    void anAuthorizationAboveTheRecommendationIsRequestedAsAnOverrideWithItsJustification() {
        fixture.given(registered(), controlledInvestmentRecommended())
                .when(authorize(Posture.AUTHORIZE_DEPLOYMENT, "900000.00", "Peak season", "Board mandate"), EVE)
                .expectEvents(requested(Posture.AUTHORIZE_DEPLOYMENT, "900000.00", "Peak season", true,
                        "Board mandate"));
    }

    @Test
    void refusesASecondRequestWhileOneIsPending() {
        fixture.given(registered(), controlledInvestmentRecommended(),
                        requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded", false, null))
                .when(authorize(Posture.CONTROLLED_INVESTMENT, "100000.00", "Smaller", null), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.AUTHORIZATION_PENDING));
    }

    @Test
    void completingTheRequestAuthorizesWithTheDeciderAndTheApproverAndTheirLimits() {
        fixture.given(registered(), controlledInvestmentRecommended(),
                        requested(Posture.AUTHORIZE_DEPLOYMENT, "900000.00", "Peak season", true, "Board mandate"))
                .when(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE_AUTHORITY, "ethan", EVE_AUTHORITY, T1))
                .expectEvents(new InvestmentAuthorized(PILOT, REQUEST, Posture.AUTHORIZE_DEPLOYMENT,
                        Money.of("900000.00", "USD"), "40 stores", "Parallel run", "Peak season",
                        Posture.CONTROLLED_INVESTMENT, true, "Board mandate", "eve", EVE_AUTHORITY, "ethan",
                        EVE_AUTHORITY, T1, List.of()),
                        new NinetyDayReviewScheduled(PILOT, REQUEST, List.of(), T1, T1.plus(Duration.ofDays(90)),
                                T1.plus(Duration.ofDays(104))));
    }

    @Test
    void refusesToCompleteARequestThatIsNotPending() {
        fixture.given(registered(), controlledInvestmentRecommended())
                .when(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE_AUTHORITY, null, null, T1))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.REQUEST_NOT_PENDING));
    }

    @Test
    void closingTheRequestFreesThePilotForANewOne() {
        fixture.given(registered(), controlledInvestmentRecommended(),
                        requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded", false, null),
                        new InvestmentRequestClosed(PILOT, REQUEST, RequestOutcome.REFUSED, ErrorCode.INSUFFICIENT_CAPITAL,
                                "Not enough", Map.of("available", "100.00"), T1))
                .when(authorize(Posture.CONTROLLED_INVESTMENT, "100.00", "Smaller", null), EVE)
                .expectEvents(requested(Posture.CONTROLLED_INVESTMENT, "100.00", "Smaller", false, null));
    }

    @Test
    void closingARequestThatIsNoLongerPendingChangesNothing() {
        fixture.given(registered(), controlledInvestmentRecommended())
                .when(new CloseInvestmentRequest(PILOT, REQUEST, RequestOutcome.EXPIRED, null, "Late", Map.of(), T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAnOverrideWithoutAJustification() {
        fixture.given(registered(), firstRecommendation())
                .when(authorize(Posture.CONTROLLED_INVESTMENT, "250000.00", "Try it", " "), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.OVERRIDE_JUSTIFICATION_REQUIRED));
    }

    @Test
    void refusesAnAuthorizationWithoutPositiveCapital() {
        fixture.given(registered(), controlledInvestmentRecommended())
                .when(authorize(Posture.CONTROLLED_INVESTMENT, "0.00", "Bounded", null), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CAPITAL_NOT_POSITIVE));
    }

    @Test
    void refusesAnAuthorizationWithoutARationale() {
        fixture.given(registered(), controlledInvestmentRecommended())
                .when(authorize(Posture.CONTROLLED_INVESTMENT, "100.00", "", null), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.RATIONALE_REQUIRED));
    }

    @Test
    void refusesCapitalInAnotherCurrencyThanRequested() {
        fixture.given(registered(), controlledInvestmentRecommended())
                .when(new AuthorizeInvestment(PILOT, REQUEST, Posture.CONTROLLED_INVESTMENT, Money.of("100.00", "EUR"),
                        "40 stores", null, "Bounded", null, T1), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CURRENCY_MISMATCH));
    }

    @Test
    void refusesToAuthorizeAPause() {
        fixture.given(registered(), controlledInvestmentRecommended())
                .when(authorize(Posture.PAUSE, "100.00", "Hold", null), EVE)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.POSTURE_NOT_AUTHORIZABLE));
    }

    @Test
    void pausingRecordsTheReasonAndThePostureItLeft() {
        fixture.given(registered(), controlledInvestmentRecommended(), authorized())
                .when(new PausePilot(PILOT, "Approval authority unclear", T1), PAM)
                .expectEvents(new PilotPaused(PILOT, "Approval authority unclear", Posture.CONTROLLED_INVESTMENT,
                        "pam", T1));
    }

    @Test
    void refusesAPauseWithoutAReason() {
        fixture.given(registered(), firstRecommendation())
                .when(new PausePilot(PILOT, null, T1), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED));
    }

    @Test
    void refusesToPauseAPausedPilot() {
        fixture.given(registered(), firstRecommendation(),
                        new PilotPaused(PILOT, "Cost visibility weak", Posture.PAUSE, "pam", T0))
                .when(new PausePilot(PILOT, "Again", T1), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.PILOT_ALREADY_PAUSED));
    }

    @Test
    void aPausedPilotCanBeAuthorizedAgain() {
        fixture.given(registered(), controlledInvestmentRecommended(),
                        new PilotPaused(PILOT, "Cost visibility weak", Posture.PAUSE, "pam", T0))
                .when(authorize(Posture.CONTROLLED_INVESTMENT, "100.00", "Costs now tracked", null), EVE)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(instanceOf(InvestmentAuthorizationRequested.class)), andNoMore()));
    }

    @Test
    void killingRecordsTheReason() {
        fixture.given(registered(), firstRecommendation())
                .when(new KillPilot(PILOT, "No accuracy gain by day 75", T1), PAM)
                .expectEvents(new PilotKilled(PILOT, "No accuracy gain by day 75", "pam", T1));
    }

    @Test
    void refusesAKillWithoutAReason() {
        fixture.given(registered(), firstRecommendation())
                .when(new KillPilot(PILOT, "", T1), PAM)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED));
    }

    @Nested
    class AfterKill {

        private final Object[] history = {registered(), firstRecommendation(),
                new PilotKilled(PILOT, "Sponsor left", "pam", T0)};

        @Test
        void refusesSignals() {
            fixture.given(history).when(signal(OPERATIONAL_OWNERSHIP, ESTABLISHED), OWEN)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.PILOT_KILLED));
        }

        @Test
        void refusesAuthorizations() {
            fixture.given(history).when(authorize(Posture.CONTROLLED_INVESTMENT, "1.00", "Revive", "Why"), EVE)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.PILOT_KILLED));
        }

        @Test
        void refusesPauses() {
            fixture.given(history).when(new PausePilot(PILOT, "Hold", T1), PAM)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.PILOT_KILLED));
        }

        @Test
        void refusesARegistrationOfTheSameIdAsADuplicate() {
            fixture.given(history).when(register(), PAM)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.PILOT_ALREADY_REGISTERED));
        }

        @Test
        void refusesASecondKill() {
            fixture.given(history).when(new KillPilot(PILOT, "Again", T1), PAM)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.PILOT_KILLED));
        }
    }

    @Nested
    class Idempotency {

        @Test
        void completingAnAuthorizedRequestAgainSucceedsAndChangesNothing() {
            fixture.given(registered(), controlledInvestmentRecommended(),
                            requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded", false, null), authorized())
                    .when(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE_AUTHORITY, null, null, T1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void completingAnEarlierAuthorizedRequestAgainSucceedsAndChangesNothing() {
            fixture.given(registered(), controlledInvestmentRecommended(),
                            requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded", false, null), authorized(),
                            new InvestmentAuthorizationRequested(PILOT, "request-2", Posture.CONTROLLED_INVESTMENT,
                                    Money.of("300000.00", "USD"), "60 stores", null, "Wider", Posture.CONTROLLED_INVESTMENT,
                                    false, null, "eve", Set.of("EXECUTIVE"), T1, List.of()))
                    .when(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE_AUTHORITY, null, null, T1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void closingAClosedRequestAgainSucceedsAndChangesNothing() {
            fixture.given(registered(), controlledInvestmentRecommended(),
                            requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded", false, null),
                            new InvestmentRequestClosed(PILOT, REQUEST, RequestOutcome.REJECTED, null, "Rejected",
                                    Map.of(), T1))
                    .when(new CloseInvestmentRequest(PILOT, REQUEST, RequestOutcome.REJECTED, null, "Rejected",
                            Map.of(), T1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void closingAnAuthorizedRequestChangesNothing() {
            fixture.given(registered(), controlledInvestmentRecommended(),
                            requested(Posture.CONTROLLED_INVESTMENT, "250000.00", "Bounded", false, null), authorized())
                    .when(new CloseInvestmentRequest(PILOT, REQUEST, RequestOutcome.EXPIRED, null, "Late", Map.of(), T1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aRetriedCommandWithTheSameKeyTakesEffectOnce() {
            fixture.given(registered(), firstRecommendation(), withKey(signalRecorded(OPERATIONAL_OWNERSHIP, STABILIZING), "k-1"))
                    .when(signal(OPERATIONAL_OWNERSHIP, STABILIZING), Map.of(AuditMetaData.ACTOR, "owen",
                            AuditMetaData.IDEMPOTENCY_KEY, "k-1"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aRetriedRegistrationIsNotRefusedAsADuplicate() {
            fixture.given(withKey(registered(), "reg-1"), firstRecommendation())
                    .when(register(), Map.of(AuditMetaData.ACTOR, "pam", AuditMetaData.IDEMPOTENCY_KEY, "reg-1"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aNewKeyIsANewCommand() {
            fixture.given(registered(), firstRecommendation(), withKey(signalRecorded(StabilizationDomain.OPERATIONAL_RESILIENCE, STABILIZING), "k-1"))
                    .when(signal(StabilizationDomain.OPERATIONAL_RESILIENCE, STABILIZING), Map.of(AuditMetaData.ACTOR, "owen",
                            AuditMetaData.IDEMPOTENCY_KEY, "k-2"))
                    .expectEvents(signalRecorded(StabilizationDomain.OPERATIONAL_RESILIENCE, STABILIZING));
        }
    }

    @Test
    void theRefusalInterceptorCarriesTheCodeAcrossTheBus() {
        fixture.registerCommandHandlerInterceptor(new CommandRefusalInterceptor());
        fixture.given(registered(), firstRecommendation(), new PilotKilled(PILOT, "Sponsor left", "pam", T0))
                .when(new KillPilot(PILOT, "Again", T1), PAM)
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new CommandRefusal(ErrorCode.PILOT_KILLED, "The pilot was killed; kill is final"));
    }

    @Test
    void theRefusalInterceptorReportsAnUnknownPilot() {
        fixture.registerCommandHandlerInterceptor(new CommandRefusalInterceptor());
        fixture.givenNoPriorActivity()
                .when(new KillPilot("nobody", "Gone", T1), PAM)
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new CommandRefusal(ErrorCode.PILOT_NOT_FOUND, "No pilot with id nobody"));
    }

    private static InvestmentRequestClosed closedAsCancelled(String reason) {
        return new InvestmentRequestClosed(PILOT, REQUEST, RequestOutcome.CANCELLED, null, reason, Map.of(), T1);
    }

    private static GenericEventMessage<?> withKey(Object event, String key) {
        return new GenericEventMessage<>(event, Map.of(AuditMetaData.IDEMPOTENCY_KEY, key));
    }

    private static RegisterPilot register() {
        return new RegisterPilot(PILOT, "Demand forecasting", "Merchandising", "VP Merchandising", "owen",
                "Markdowns and stockouts", "Heuristic forecast", "+15% accuracy on top 5% SKUs", REQUESTED,
                "No accuracy gain by day 75", null, null, null, T0);
    }

    private static PilotRegistered registered() {
        return new PilotRegistered(PILOT, "Demand forecasting", "Merchandising", "VP Merchandising", "owen",
                "Markdowns and stockouts", "Heuristic forecast", "+15% accuracy on top 5% SKUs", REQUESTED,
                "No accuracy gain by day 75", "pam", T0, List.of());
    }

    private static PostureRecommendationChanged firstRecommendation() {
        return new PostureRecommendationChanged(PILOT, Posture.PAUSE, null, "v1", GATES, NO_GATE_READINGS, T0);
    }

    private static PostureRecommendationChanged controlledInvestmentRecommended() {
        return new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT, null, "v1",
                List.of(StabilizationDomain.DEPLOYMENT_SEQUENCING), "sequencing forming", T0);
    }

    private static InvestmentAuthorized authorized() {
        return new InvestmentAuthorized(PILOT, REQUEST, Posture.CONTROLLED_INVESTMENT, Money.of("250000.00", "USD"),
                "40 stores", null, "Bounded", Posture.CONTROLLED_INVESTMENT, false, null, "eve", EVE_AUTHORITY, null,
                null, T0, List.of());
    }

    private static InvestmentAuthorizationRequested requested(Posture posture, String amount, String rationale,
                                                              boolean override, String justification) {
        return new InvestmentAuthorizationRequested(PILOT, REQUEST, posture, Money.of(amount, "USD"), "40 stores",
                "Parallel run", rationale, Posture.CONTROLLED_INVESTMENT, override, justification, "eve",
                Set.of("EXECUTIVE"), T1, List.of());
    }

    private static RecordSignal signal(StabilizationDomain domain, ReadinessLevel level) {
        return new RecordSignal(PILOT, domain, level, "Evidence for " + domain, "gate review", T0, null, T1);
    }

    private static SignalRecorded signalRecorded(StabilizationDomain domain, ReadinessLevel level) {
        return new SignalRecorded(PILOT, domain, level, "Evidence for " + domain, "gate review", T0, null, "owen", T1);
    }

    private static AuthorizeInvestment authorize(Posture posture, String amount, String rationale, String justification) {
        return new AuthorizeInvestment(PILOT, REQUEST, posture, Money.of(amount, "USD"), "40 stores", "Parallel run",
                rationale, justification, T1);
    }
}
