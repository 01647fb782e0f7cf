package com.pilotledger.command.capital;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.capital.ApprovalLimitRemoved;
import com.pilotledger.api.capital.ApprovalLimitSet;
import com.pilotledger.api.capital.ApprovalWindowSet;
import com.pilotledger.api.capital.ApproveCapitalRequest;
import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.CapitalBudgetSet;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestExpired;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReservationReleased;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.CommitCapital;
import com.pilotledger.api.capital.ExpireCapitalRequest;
import com.pilotledger.api.capital.FourEyesThresholdSet;
import com.pilotledger.api.capital.FreezePilotCapital;
import com.pilotledger.api.capital.InitializeDecisionRights;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.PilotCapitalFrozen;
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.capital.RejectCapitalRequest;
import com.pilotledger.api.capital.ReleaseCapitalReservation;
import com.pilotledger.api.capital.ReleasePilotCapital;
import com.pilotledger.api.capital.RemoveApprovalLimit;
import com.pilotledger.api.capital.ReserveCapital;
import com.pilotledger.api.capital.SetApprovalLimit;
import com.pilotledger.api.capital.SetApprovalWindow;
import com.pilotledger.api.capital.SetCapitalBudget;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.command.bus.LedgerCommandTargetResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.pilotledger.command.RefusalMatchers.refusedWith;

class PortfolioCapitalTest {

    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-04-02T09:00:00Z");
    private static final Authority EXECUTIVE_LIMIT = new Authority(LimitHolder.role("EXECUTIVE"), usd("2000000"));
    private static final Authority MANAGER_LIMIT = new Authority(LimitHolder.role("PORTFOLIO_MANAGER"), usd("250000"));
    private static final Map<String, String> ALEX = Map.of(AuditMetaData.ACTOR, "alex");

    private AggregateTestFixture<PortfolioCapital> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PortfolioCapital.class);
        fixture.registerCommandTargetResolver(new LedgerCommandTargetResolver());
    }

    @Nested
    class Budget {

        @Test
        void theFirstBudgetOpensThePortfolioCapitalWithWhoAndWhy() {
            fixture.givenNoPriorActivity()
                    .when(new SetCapitalBudget(usd("5000000"), "FY27 AI programme", T0), ALEX)
                    .expectEvents(new CapitalBudgetSet(usd("5000000"), null, "FY27 AI programme", "alex", T0));
        }

        @Test
        void aBudgetNeedsAReason() {
            fixture.givenNoPriorActivity()
                    .when(new SetCapitalBudget(usd("5000000"), " ", T0), ALEX)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.REASON_REQUIRED));
        }

        @Test
        void aBudgetCannotBeNegative() {
            fixture.givenNoPriorActivity()
                    .when(new SetCapitalBudget(usd("-1"), "Oops", T0), ALEX)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.INVALID_DECISION_RIGHTS));
        }

        @Test
        void theBudgetNeverGoesBelowWhatIsCommittedOrReserved() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "300000", "300000", false),
                            committed("r-1", "p-1", "300000", "300000"), reservedFor("r-2", "p-2", "100000", "100000", false)))
                    .when(new SetCapitalBudget(usd("399999.99"), "Cut", T1), ALEX)
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.BUDGET_BELOW_COMMITMENTS,
                            Map.of("committedOrReserved", "400000")));
        }

        @Test
        void theSameBudgetAgainRecordsNothing() {
            fixture.given(rights())
                    .when(new SetCapitalBudget(usd("1000000"), "Again", T1), ALEX)
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void theBudgetStaysInTheCurrencyItWasSetIn() {
            fixture.given(rights())
                    .when(new SetCapitalBudget(Money.of("2000000", "EUR"), "Euro budget", T1), ALEX)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.CURRENCY_MISMATCH));
        }
    }

    @Nested
    class DecisionRights {

        @Test
        void anAdministratorSetsARoleLimitWithItsPreviousValue() {
            fixture.given(rights())
                    .when(new SetApprovalLimit(LimitHolder.role("PORTFOLIO_MANAGER"), usd("300000"), "Bigger pilots", T1),
                            ALEX)
                    .expectEvents(new ApprovalLimitSet(LimitHolder.role("PORTFOLIO_MANAGER"), usd("300000"),
                            usd("250000"), "Bigger pilots", "alex", T1));
        }

        @Test
        void aUserLimitRemovedLeavesTheRolesLimitsInForce() {
            fixture.given(rightsAnd(new ApprovalLimitSet(LimitHolder.user("eve"), usd("5000000"), null, "CFO", "alex", T0)))
                    .when(new RemoveApprovalLimit(LimitHolder.user("eve"), "CFO left", T1), ALEX)
                    .expectEvents(new ApprovalLimitRemoved(LimitHolder.user("eve"), usd("5000000"), "CFO left", "alex", T1));
        }

        @Test
        void aLimitCannotBeNegative() {
            fixture.given(rights())
                    .when(new SetApprovalLimit(LimitHolder.role("EXECUTIVE"), usd("-5"), "Oops", T1), ALEX)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.INVALID_DECISION_RIGHTS));
        }

        @Test
        void anApprovalWindowMustBePositive() {
            fixture.given(rights())
                    .when(new SetApprovalWindow(Duration.ZERO, "Instant expiry", T1), ALEX)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.INVALID_DECISION_RIGHTS));
        }
    }

    @Nested
    class Reservation {

        @Test
        void nothingCanBeReservedBeforeABudgetIsSet() {
            fixture.givenNoPriorActivity()
                    .when(reserve("r-1", "p-1", "1000", "eve", "EXECUTIVE"))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.BUDGET_NOT_SET));
        }

        @Test
        void aRequestWithinTheLimitAndTheThresholdIsReservedWithoutSecondApproval() {
            fixture.given(rights())
                    .when(reserve("r-1", "p-1", "200000", "pam", "PORTFOLIO_MANAGER"))
                    .expectEvents(new CapitalReserved("r-1", "p-1", Posture.CONTROLLED_INVESTMENT, usd("200000"),
                            usd("200000"), "pam", MANAGER_LIMIT, false, null, T1));
        }

        @Test
        void aRequestAboveTheThresholdWaitsForASecondApprovalUntilTheWindowCloses() {
            fixture.given(rights())
                    .when(reserve("r-1", "p-1", "600000", "eve", "EXECUTIVE"))
                    .expectEvents(new CapitalReserved("r-1", "p-1", Posture.CONTROLLED_INVESTMENT, usd("600000"),
                            usd("600000"), "eve", EXECUTIVE_LIMIT, true, T1.plus(Duration.ofHours(72)), T1));
        }

        @Test
        void aRequestAboveTheMakersLimitIsRefusedNamingTheLimitItNeeds() {
            fixture.given(rights())
                    .when(reserve("r-1", "p-1", "300000", "pam", "PORTFOLIO_MANAGER"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.AUTHORITY_LIMIT_EXCEEDED,
                            Map.of("requiredLimit", "300000", "limit", "250000")));
        }

        @Test
        void twoRolesDoNotAddUpTheirLimits() {
            fixture.given(rights())
                    .when(reserve("r-1", "p-1", "2100000", "max", "EXECUTIVE", "PORTFOLIO_MANAGER"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.AUTHORITY_LIMIT_EXCEEDED, Map.of("limit", "2000000")));
        }

        @Test
        void aUsersOwnLimitOverridesTheirRoles() {
            fixture.given(rightsAnd(new ApprovalLimitSet(LimitHolder.user("pam"), usd("400000"), null, "Senior PM",
                            "alex", T0)))
                    .when(reserve("r-1", "p-1", "300000", "pam", "PORTFOLIO_MANAGER"))
                    .expectEvents(new CapitalReserved("r-1", "p-1", Posture.CONTROLLED_INVESTMENT, usd("300000"),
                            usd("300000"), "pam", new Authority(LimitHolder.user("pam"), usd("400000")), false, null, T1));
        }

        @Test
        void theCapitalPoolIsNeverOverCommittedAndTheRefusalSaysWhatIsAvailable() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "450000", "450000", false),
                            committed("r-1", "p-1", "450000", "450000"), reservedFor("r-2", "p-2", "400000.01", "400000.01", false)))
                    .when(reserve("r-3", "p-3", "150000", "eve", "EXECUTIVE"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.INSUFFICIENT_CAPITAL,
                            Map.of("available", "149999.99", "needed", "150000")));
        }

        @Test
        void raisingAPilotsAuthorizationReservesOnlyTheDifference() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "400000", "400000", false),
                            committed("r-1", "p-1", "400000", "400000")))
                    .when(reserve("r-2", "p-1", "900000", "eve", "EXECUTIVE"))
                    .expectEvents(new CapitalReserved("r-2", "p-1", Posture.CONTROLLED_INVESTMENT, usd("900000"),
                            usd("500000"), "eve", EXECUTIVE_LIMIT, true, T1.plus(Duration.ofHours(72)), T1));
        }

        @Test
        void aRetriedReservationOfTheSameRequestReservesOnce() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false)))
                    .when(reserve("r-1", "p-1", "200000", "eve", "EXECUTIVE"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Nested
    class FourEyes {

        @Test
        void aDifferentPersonWithEnoughAuthorityApproves() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true)))
                    .when(new ApproveCapitalRequest("r-1", T1), as("ethan", "EXECUTIVE"))
                    .expectEvents(new CapitalRequestApproved("r-1", "p-1", "ethan", EXECUTIVE_LIMIT, T1));
        }

        @Test
        void theMakerCanNeverApproveTheirOwnRequest() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true)))
                    .when(new ApproveCapitalRequest("r-1", T1), as("eve", "EXECUTIVE"))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.SELF_APPROVAL_NOT_ALLOWED));
        }

        @Test
        void onePersonHoldingTwoRolesDoesNotCountTwice() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true)))
                    .when(new ApproveCapitalRequest("r-1", T1), as("eve", "PORTFOLIO_MANAGER,EXECUTIVE"))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.SELF_APPROVAL_NOT_ALLOWED));
        }

        @Test
        void aCheckerNeedsTheAuthorityForTheWholeAmount() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true)))
                    .when(new ApproveCapitalRequest("r-1", T1), as("pam", "PORTFOLIO_MANAGER"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.AUTHORITY_LIMIT_EXCEEDED, Map.of("requiredLimit", "600000")));
        }

        @Test
        void onlyARequestWaitingForApprovalCanBeApproved() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false)))
                    .when(new ApproveCapitalRequest("r-1", T1), as("ethan", "EXECUTIVE"))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.REQUEST_NOT_PENDING));
        }

        @Test
        void theCheckerRetryingTheirApprovalSucceedsAndChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true),
                            new CapitalRequestApproved("r-1", "p-1", "ethan", EXECUTIVE_LIMIT, T0)))
                    .when(new ApproveCapitalRequest("r-1", T1), as("ethan", "EXECUTIVE"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void anotherCheckerFindsAnApprovedRequestNoLongerWaiting() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true),
                            new CapitalRequestApproved("r-1", "p-1", "ethan", EXECUTIVE_LIMIT, T0)))
                    .when(new ApproveCapitalRequest("r-1", T1), as("eva", "EXECUTIVE"))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.REQUEST_NOT_PENDING));
        }

        @Test
        void theCheckerRetryingTheirRejectionSucceedsAndChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true),
                            new CapitalRequestRejected("r-1", "p-1", "ethan", EXECUTIVE_LIMIT, "Sequencing not agreed",
                                    usd("600000"), T0)))
                    .when(new RejectCapitalRequest("r-1", "Sequencing not agreed", T1), as("ethan", "EXECUTIVE"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void aCheckerRejectsWithAReasonAndTheReservationGoesBack() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true)))
                    .when(new RejectCapitalRequest("r-1", "Sequencing not agreed", T1), as("ethan", "EXECUTIVE"))
                    .expectEvents(new CapitalRequestRejected("r-1", "p-1", "ethan", EXECUTIVE_LIMIT,
                            "Sequencing not agreed", usd("600000"), T1));
        }

        @Test
        void aRejectionNeedsAReason() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true)))
                    .when(new RejectCapitalRequest("r-1", "", T1), as("ethan", "EXECUTIVE"))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.REASON_REQUIRED));
        }

        @Test
        void theMakerCannotRejectTheirOwnRequestEither() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true)))
                    .when(new RejectCapitalRequest("r-1", "Changed my mind", T1), as("eve", "EXECUTIVE"))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.SELF_APPROVAL_NOT_ALLOWED));
        }

        @Test
        void anUndecidedRequestExpiresAndItsReservationGoesBack() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true)))
                    .when(new ExpireCapitalRequest("r-1", T1))
                    .expectEvents(new CapitalRequestExpired("r-1", "p-1", usd("600000"), T1));
        }

        @Test
        void anApprovedRequestDoesNotExpire() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true),
                            new CapitalRequestApproved("r-1", "p-1", "ethan", EXECUTIVE_LIMIT, T0)))
                    .when(new ExpireCapitalRequest("r-1", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Nested
    class Commitment {

        @Test
        void aReservationWithoutFourEyesIsCommittedWhenThePilotRecordsTheAuthorization() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false)))
                    .when(new CommitCapital("r-1", T1))
                    .expectEvents(new CapitalCommitted("r-1", "p-1", usd("200000"), usd("200000"), T1));
        }

        @Test
        void aRequestStillWaitingForApprovalCannotBeCommitted() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true)))
                    .when(new CommitCapital("r-1", T1))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.REQUEST_NOT_PENDING));
        }

        @Test
        void aReservationThePilotCouldNotTakeGoesBack() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false)))
                    .when(new ReleaseCapitalReservation("r-1", "The pilot was killed; kill is final", T1))
                    .expectEvents(new CapitalReservationReleased("r-1", "p-1", usd("200000"),
                            "The pilot was killed; kill is final", T1));
        }

        @Test
        void killingAPilotReleasesItsCommitmentAndCancelsItsOpenRequests() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            committed("r-1", "p-1", "200000", "200000"), reservedFor("r-2", "p-1", "800000", "600000", true)))
                    .when(new ReleasePilotCapital("p-1", "Pilot killed: sponsor left", T1))
                    .expectEvents(new PilotCapitalReleased("p-1", usd("800000"), List.of("r-2"),
                            "Pilot killed: sponsor left", T1));
        }

        @Test
        void killingAPilotWithoutCapitalRecordsNothing() {
            fixture.given(rights())
                    .when(new ReleasePilotCapital("p-9", "Pilot killed", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void pausingFreezesTheCommitmentOnce() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            committed("r-1", "p-1", "200000", "200000")))
                    .when(new FreezePilotCapital("p-1", "Pilot paused", T1))
                    .expectEvents(new PilotCapitalFrozen("p-1", usd("200000"), "Pilot paused", T1));
        }

        @Test
        void aFrozenCommitmentIsNotFrozenAgain() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            committed("r-1", "p-1", "200000", "200000"),
                            new PilotCapitalFrozen("p-1", usd("200000"), "Pilot paused", T0)))
                    .when(new FreezePilotCapital("p-1", "Paused again", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    /** A step of the authorization process repeated after a crash: the command already took effect. */
    @Nested
    class Repeats {

        @Test
        void reservingACommittedRequestAgainChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            committed("r-1", "p-1", "200000", "200000")))
                    .when(reserve("r-1", "p-1", "200000", "eve", "EXECUTIVE"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void reservingARequestCancelledByAKillAgainChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", true),
                            new PilotCapitalReleased("p-1", usd("200000"), List.of("r-1"), "Pilot killed", T0)))
                    .when(reserve("r-1", "p-1", "200000", "eve", "EXECUTIVE"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void committingCommittedCapitalAgainChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            committed("r-1", "p-1", "200000", "200000")))
                    .when(new CommitCapital("r-1", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void committingAnEarlierRequestAgainAfterALaterOneCommittedChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            committed("r-1", "p-1", "200000", "200000"), reservedFor("r-2", "p-1", "100000", "0", false),
                            committed("r-2", "p-1", "100000", "-100000")))
                    .when(new CommitCapital("r-1", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void committingARequestTheKillCancelledChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            new PilotCapitalReleased("p-1", usd("200000"), List.of("r-1"), "Pilot killed", T0)))
                    .when(new CommitCapital("r-1", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void committingARequestNeverReservedIsRefused() {
            fixture.given(rights())
                    .when(new CommitCapital("r-9", T1))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.REQUEST_NOT_PENDING));
        }

        @Test
        void releasingAReleasedReservationAgainChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            new CapitalReservationReleased("r-1", "p-1", usd("200000"), "Closed", T0)))
                    .when(new ReleaseCapitalReservation("r-1", "Closed", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void releasingACommittedReservationNeverGivesTheCommitmentBack() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            committed("r-1", "p-1", "200000", "200000")))
                    .when(new ReleaseCapitalReservation("r-1", "Request not pending", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void expiringAnExpiredRequestAgainChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "600000", "600000", true),
                            new CapitalRequestExpired("r-1", "p-1", usd("600000"), T0)))
                    .when(new ExpireCapitalRequest("r-1", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void aPauseDeliveredAgainAfterANewAuthorizationCommittedDoesNotFreezeIt() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            committed("r-1", "p-1", "200000", "200000"),
                            new PilotCapitalFrozen("p-1", usd("200000"), "Pilot paused", T0),
                            reservedFor("r-2", "p-1", "300000", "100000", false),
                            new CapitalCommitted("r-2", "p-1", usd("300000"), usd("100000"), T1)))
                    .when(new FreezePilotCapital("p-1", "Pilot paused", T0))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void releasingAKilledPilotsCapitalAgainChangesNothing() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "200000", "200000", false),
                            committed("r-1", "p-1", "200000", "200000"),
                            new PilotCapitalReleased("p-1", usd("200000"), List.of(), "Pilot killed", T0)))
                    .when(new ReleasePilotCapital("p-1", "Pilot killed", T1))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    /** Replacing an authorization decides over both amounts: the authority and four eyes follow the larger one. */
    @Nested
    class Supersede {

        private final Object[] largeAuthorization = rightsAnd(
                new CapitalBudgetSet(usd("5000000"), usd("1000000"), "FY27", "alex", T0),
                reservedFor("r-1", "p-1", "1400000", "1400000", true),
                new CapitalRequestApproved("r-1", "p-1", "ethan", EXECUTIVE_LIMIT, T0),
                committed("r-1", "p-1", "1400000", "1400000"));

        @Test
        void aPortfolioManagerCannotCutAnAuthorizationAboveTheirLimit() {
            fixture.given(largeAuthorization)
                    .when(reserve("r-2", "p-1", "1000", "pam", "PORTFOLIO_MANAGER"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.AUTHORITY_LIMIT_EXCEEDED,
                            Map.of("requiredLimit", "1400000", "limit", "250000")));
        }

        @Test
        void cuttingAnAuthorizationAboveTheThresholdNeedsASecondApproval() {
            fixture.given(largeAuthorization)
                    .when(reserve("r-2", "p-1", "1000", "eve", "EXECUTIVE"))
                    .expectEvents(new CapitalReserved("r-2", "p-1", Posture.CONTROLLED_INVESTMENT, usd("1000"), usd("0"),
                            "eve", EXECUTIVE_LIMIT, true, T1.plus(Duration.ofHours(72)), T1));
        }

        @Test
        void theCheckerOfACutNeedsAuthorityForTheAuthorizationItReplaces() {
            fixture.given(rightsAnd(new CapitalBudgetSet(usd("5000000"), usd("1000000"), "FY27", "alex", T0),
                            new ApprovalLimitSet(LimitHolder.user("max"), usd("600000"), null, "Deputy", "alex", T0),
                            reservedFor("r-1", "p-1", "1400000", "1400000", true),
                            committed("r-1", "p-1", "1400000", "1400000"),
                            reservedFor("r-2", "p-1", "1000", "0", true)))
                    .when(new ApproveCapitalRequest("r-2", T1), as("max", "PORTFOLIO_MANAGER"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.AUTHORITY_LIMIT_EXCEEDED,
                            Map.of("requiredLimit", "1400000", "limit", "600000")));
        }

        @Test
        void raisingAnAuthorizationIsJudgedOnTheNewAmount() {
            fixture.given(rightsAnd(reservedFor("r-1", "p-1", "100000", "100000", false),
                            committed("r-1", "p-1", "100000", "100000")))
                    .when(reserve("r-2", "p-1", "200000", "pam", "PORTFOLIO_MANAGER"))
                    .expectEvents(new CapitalReserved("r-2", "p-1", Posture.CONTROLLED_INVESTMENT, usd("200000"),
                            usd("100000"), "pam", MANAGER_LIMIT, false, null, T1));
        }
    }

    @Nested
    class InitialDecisionRights {

        private final InitializeDecisionRights initial = new InitializeDecisionRights(usd("1000000"), usd("500000"),
                Duration.ofHours(72), Map.of("PORTFOLIO_MANAGER", usd("250000"), "EXECUTIVE", usd("2000000")),
                "Initial", T0);

        @Test
        void aPortfolioWithoutDecisionRightsGetsTheInitialOnesAsDecisionsBySystem() {
            fixture.givenNoPriorActivity()
                    .when(initial, Map.of(AuditMetaData.ACTOR, "system"))
                    .expectEvents(new ApprovalWindowSet(Duration.ofHours(72), null, "Initial", "system", T0),
                            new ApprovalLimitSet(LimitHolder.role("EXECUTIVE"), usd("2000000"), null, "Initial", "system", T0),
                            new ApprovalLimitSet(LimitHolder.role("PORTFOLIO_MANAGER"), usd("250000"), null, "Initial",
                                    "system", T0),
                            new FourEyesThresholdSet(usd("500000"), null, "Initial", "system", T0),
                            new CapitalBudgetSet(usd("1000000"), null, "Initial", "system", T0));
        }

        @Test
        void aPortfolioWithDecisionRightsKeepsThem() {
            fixture.given(new ApprovalLimitSet(LimitHolder.role("EXECUTIVE"), usd("3000000"), null, "Board", "alex", T0))
                    .when(initial, Map.of(AuditMetaData.ACTOR, "system"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    private static Object[] rights() {
        return new Object[] {
                new ApprovalWindowSet(Duration.ofHours(72), null, "Initial", "system", T0),
                new ApprovalLimitSet(LimitHolder.role("PORTFOLIO_MANAGER"), usd("250000"), null, "Initial", "system", T0),
                new ApprovalLimitSet(LimitHolder.role("EXECUTIVE"), usd("2000000"), null, "Initial", "system", T0),
                new FourEyesThresholdSet(usd("500000"), null, "Initial", "system", T0),
                new CapitalBudgetSet(usd("1000000"), null, "Initial", "system", T0)};
    }

    /** The decision rights of {@link #rights()}, then what happened since. */
    private static Object[] rightsAnd(Object... since) {
        return Stream.concat(Arrays.stream(rights()), Arrays.stream(since)).toArray();
    }

    private static ReserveCapital reserve(String requestId, String pilotId, String total, String maker,
                                          String... roles) {
        return new ReserveCapital(requestId, pilotId, Posture.CONTROLLED_INVESTMENT, usd(total), maker, Set.of(roles), T1);
    }

    private static CapitalReserved reservedFor(String requestId, String pilotId, String total, String reserved,
                                               boolean secondApproval) {
        return new CapitalReserved(requestId, pilotId, Posture.CONTROLLED_INVESTMENT, usd(total), usd(reserved), "eve",
                EXECUTIVE_LIMIT, secondApproval, secondApproval ? T0.plus(Duration.ofHours(72)) : null, T0);
    }

    private static CapitalCommitted committed(String requestId, String pilotId, String total, String change) {
        return new CapitalCommitted(requestId, pilotId, usd(total), usd(change), T0);
    }

    private static Map<String, String> as(String user, String roles) {
        return Map.of(AuditMetaData.ACTOR, user, AuditMetaData.ACTOR_ROLES, roles);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
