package com.pilotledger.command.capital;

import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestExpired;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.CommitCapital;
import com.pilotledger.api.capital.ExpireCapitalRequest;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.capital.ReleaseCapitalReservation;
import com.pilotledger.api.capital.ReserveCapital;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.CloseInvestmentRequest;
import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.CompleteInvestmentAuthorization;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.RequestOutcome;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;

class InvestmentAuthorizationProcessTest {

    private static final String REQUEST = "request-1";
    private static final String PILOT = "pilot-1";
    private static final String PORTFOLIO = "portfolio";
    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
    private static final Instant EXPIRES = T0.plus(Duration.ofHours(72));
    private static final Money TOTAL = Money.of("900000", "USD");
    private static final Authority EVE = new Authority(LimitHolder.role("EXECUTIVE"), Money.of("2000000", "USD"));
    private static final Authority ETHAN = new Authority(LimitHolder.user("ethan"), Money.of("3000000", "USD"));

    private SagaTestFixture<InvestmentAuthorizationProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(InvestmentAuthorizationProcess.class);
    }

    @Test
    void aRequestReservesCapitalWithinTheMakersAuthority() {
        fixture.givenCurrentTime(T0)
                .whenAggregate(PILOT).publishes(requested())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new ReserveCapital(REQUEST, PILOT, Posture.AUTHORIZE_DEPLOYMENT, TOTAL, "eve",
                        Set.of("EXECUTIVE"), T0));
    }

    @Test
    void aRefusedReservationClosesTheRequestWithTheRefusalAndItsFacts() {
        CommandRefusal refusal = new CommandRefusal(ErrorCode.INSUFFICIENT_CAPITAL, "Only USD 100 available",
                Map.of("available", "100"));
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ReserveCapital) {
                throw new CommandExecutionException(refusal.message(), null, refusal);
            }
            return null;
        });
        fixture.givenCurrentTime(T0)
                .whenAggregate(PILOT).publishes(requested())
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new ReserveCapital(REQUEST, PILOT, Posture.AUTHORIZE_DEPLOYMENT, TOTAL, "eve", Set.of("EXECUTIVE"), T0),
                        new CloseInvestmentRequest(PILOT, REQUEST, RequestOutcome.REFUSED, ErrorCode.INSUFFICIENT_CAPITAL,
                                "Only USD 100 available", Map.of("available", "100"), T0));
    }

    @Test
    void withoutFourEyesTheReservedRequestIsAuthorizedByItsMaker() {
        fixture.givenAggregate(PILOT).published(requested())
                .whenAggregate(PORTFOLIO).publishes(reserved(false))
                .expectDispatchedCommands(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE, null, null, T0))
                .expectNoScheduledDeadlines();
    }

    @Test
    void withFourEyesTheRequestWaitsForACheckerUntilTheApprovalWindowCloses() {
        fixture.givenCurrentTime(T0)
                .andThenAggregate(PILOT).published(requested())
                .whenAggregate(PORTFOLIO).publishes(reserved(true))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(EXPIRES, InvestmentAuthorizationProcess.APPROVAL_WINDOW_CLOSED);
    }

    @Test
    void anApprovalAuthorizesWithBothPeopleAndCancelsTheExpiry() {
        fixture.givenCurrentTime(T0)
                .andThenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(true))
                .whenAggregate(PORTFOLIO).publishes(new CapitalRequestApproved(REQUEST, PILOT, "ethan", ETHAN, T0))
                .expectDispatchedCommands(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE, "ethan", ETHAN, T0))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRejectionClosesTheRequestWithTheCheckersReasonAndEndsTheProcess() {
        fixture.givenCurrentTime(T0)
                .andThenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(true))
                .whenAggregate(PORTFOLIO).publishes(new CapitalRequestRejected(REQUEST, PILOT, "ethan", ETHAN,
                        "Sequencing not agreed", TOTAL, T0))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(new CloseInvestmentRequest(PILOT, REQUEST, RequestOutcome.REJECTED, null,
                        "Rejected by ethan: Sequencing not agreed", Map.of(), T0));
    }

    @Test
    void aRequestNobodyDecidesExpiresWhenTheApprovalWindowCloses() {
        fixture.givenCurrentTime(T0)
                .andThenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(true))
                .whenTimeElapses(Duration.ofHours(73))
                .expectTriggeredDeadlinesWithName(InvestmentAuthorizationProcess.APPROVAL_WINDOW_CLOSED)
                .expectDispatchedCommandsMatching(exactSequenceOf(
                        messageWithPayload(equalTo(new ExpireCapitalRequest(REQUEST, EXPIRES))), andNoMore()));
    }

    @Test
    void anApprovedRequestDoesNotExpire() {
        fixture.givenCurrentTime(T0)
                .andThenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(true),
                        new CapitalRequestApproved(REQUEST, PILOT, "ethan", ETHAN, T0))
                .whenTimeElapses(Duration.ofHours(73))
                .expectNoDispatchedCommands();
    }

    @Test
    void anExpiredRequestIsClosedOnThePilot() {
        fixture.givenCurrentTime(T0)
                .andThenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(true))
                .whenAggregate(PORTFOLIO).publishes(new CapitalRequestExpired(REQUEST, PILOT, TOTAL, EXPIRES))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new CloseInvestmentRequest(PILOT, REQUEST, RequestOutcome.EXPIRED, null,
                        "Not decided within the approval window", Map.of(), EXPIRES));
    }

    @Test
    void anAuthorizationRecordedOnThePilotCommitsTheReservation() {
        fixture.givenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(false))
                .whenAggregate(PILOT).publishes(authorized())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new CommitCapital(REQUEST, T0));
    }

    @Test
    void theProcessEndsOnceTheCapitalIsCommitted() {
        fixture.givenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(false))
                .andThenAggregate(PILOT).published(authorized())
                .whenAggregate(PORTFOLIO).publishes(new CapitalCommitted(REQUEST, PILOT, TOTAL, TOTAL, T0))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void aPilotThatCanNoLongerTakeTheAuthorizationGivesTheReservationBack() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof CompleteInvestmentAuthorization) {
                throw new CommandExecutionException("killed", null,
                        new CommandRefusal(ErrorCode.PILOT_KILLED, "The pilot was killed; kill is final"));
            }
            return null;
        });
        fixture.givenAggregate(PILOT).published(requested())
                .whenAggregate(PORTFOLIO).publishes(reserved(false))
                .expectDispatchedCommands(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE, null, null, T0),
                        new ReleaseCapitalReservation(REQUEST, "The pilot was killed; kill is final", T0));
    }

    @Test
    void killingThePilotWhileTheRequestWaitsEndsTheProcessAndItsExpiry() {
        fixture.givenCurrentTime(T0)
                .andThenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(true))
                .whenAggregate(PORTFOLIO).publishes(new PilotCapitalReleased(PILOT, TOTAL, List.of(REQUEST),
                        "Pilot killed", T0))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    private static InvestmentAuthorizationRequested requested() {
        return new InvestmentAuthorizationRequested(PILOT, REQUEST, Posture.AUTHORIZE_DEPLOYMENT, TOTAL, "All stores",
                "Parallel run", "Peak season", Posture.CONTROLLED_INVESTMENT, true, "Board mandate", "eve",
                Set.of("EXECUTIVE"), T0);
    }

    private static CapitalReserved reserved(boolean secondApproval) {
        return new CapitalReserved(REQUEST, PILOT, Posture.AUTHORIZE_DEPLOYMENT, TOTAL, TOTAL, "eve", EVE,
                secondApproval, secondApproval ? EXPIRES : null, T0);
    }

    private static InvestmentAuthorized authorized() {
        return new InvestmentAuthorized(PILOT, REQUEST, Posture.AUTHORIZE_DEPLOYMENT, TOTAL, "All stores",
                "Parallel run", "Peak season", Posture.CONTROLLED_INVESTMENT, true, "Board mandate", "eve", EVE, null,
                null, T0);
    }
}
