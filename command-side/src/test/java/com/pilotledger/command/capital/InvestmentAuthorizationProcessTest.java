package com.pilotledger.command.capital;

import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestExpired;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReservationReleased;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.CommitCapital;
import com.pilotledger.api.capital.ExpireCapitalRequest;
import com.pilotledger.api.capital.FreezePilotCapital;
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
import com.pilotledger.api.pilot.InvestmentRequestClosed;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.RequestOutcome;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;

class InvestmentAuthorizationProcessTest {

    private static final String REQUEST = "request-1";
    private static final String PILOT = "pilot-1";
    private static final String PORTFOLIO = "portfolio";
    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
    private static final Instant T1 = T0.plus(Duration.ofHours(1));
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

    @Test
    void aRequestThePilotClosedWhileItWaitedGivesItsReservationBackAndEndsTheProcess() {
        fixture.givenCurrentTime(T0)
                .andThenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(true))
                .whenAggregate(PILOT).publishes(closedByPause())
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(new ReleaseCapitalReservation(REQUEST, "The pilot was paused: Costs unclear",
                        T1));
    }

    @Test
    void aPauseAfterTheAuthorizationFreezesTheCommitmentAfterCommittingIt() {
        fixture.givenAggregate(PILOT).published(requested())
                .andThenAggregate(PORTFOLIO).published(reserved(false))
                .andThenAggregate(PILOT).published(authorized())
                .whenAggregate(PILOT).publishes(new PilotPaused(PILOT, "Costs unclear", Posture.AUTHORIZE_DEPLOYMENT,
                        "pam", T1))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new FreezePilotCapital(PILOT, "Pilot paused: Costs unclear", T1));
    }

    @Test
    void aFailureThatIsNoRefusalIsThrownSoTheStepIsRetriedAndNothingIsGivenBack() {
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof CompleteInvestmentAuthorization) {
                throw new CommandExecutionException("database unavailable", null);
            }
            return null;
        });
        assertThatThrownBy(() -> fixture.givenAggregate(PILOT).published(requested())
                .whenAggregate(PORTFOLIO).publishes(reserved(false)))
                .hasRootCauseMessage("database unavailable");
    }

    /**
     * Delivery is at least once, and a step's commands commit before its token: after a crash the step's event comes
     * again to the process as it was before the step, whose commands already took effect. The aggregates answer such
     * a repeat as they answered the first time (success, changing nothing; see their tests), so the process does what
     * the tests above show, once more. Here every event is delivered twice, to the process after its step: it sends
     * only commands its aggregates take as repeats, and never gives back the capital of a request the pilot authorized.
     */
    @Nested
    class Redelivery {

        @Test
        void aRequestDeliveredTwiceAsksForTheSameReservationInTheSameProcess() {
            fixture.givenCurrentTime(T0)
                    .andThenAggregate(PILOT).published(requested())
                    .whenAggregate(PILOT).publishes(requested())
                    .expectActiveSagas(1)
                    .expectDispatchedCommands(new ReserveCapital(REQUEST, PILOT, Posture.AUTHORIZE_DEPLOYMENT, TOTAL,
                            "eve", Set.of("EXECUTIVE"), T0));
        }

        @Test
        void aReservationDeliveredAgainAfterThePilotAuthorizedCompletesAgainAndGivesNothingBack() {
            fixture.givenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(false))
                    .whenAggregate(PORTFOLIO).publishes(reserved(false))
                    .expectActiveSagas(1)
                    .expectDispatchedCommands(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE, null, null, T0));
        }

        @Test
        void aReservationAwaitingApprovalDeliveredTwiceExpiresNothingTwice() {
            fixture.givenCurrentTime(T0)
                    .andThenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(true), reserved(true))
                    .whenTimeElapses(Duration.ofHours(73))
                    .expectDispatchedCommands(new ExpireCapitalRequest(REQUEST, EXPIRES),
                            new ExpireCapitalRequest(REQUEST, EXPIRES));
        }

        @Test
        void anApprovalDeliveredTwiceCompletesAgainAndGivesNothingBack() {
            fixture.givenCurrentTime(T0)
                    .andThenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(true), approved())
                    .whenAggregate(PORTFOLIO).publishes(approved())
                    .expectActiveSagas(1)
                    .expectNoScheduledDeadlines()
                    .expectDispatchedCommands(new CompleteInvestmentAuthorization(PILOT, REQUEST, EVE, "ethan", ETHAN, T0));
        }

        @Test
        void aRejectionDeliveredTwiceFindsTheProcessEnded() {
            fixture.givenCurrentTime(T0)
                    .andThenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(true), rejected())
                    .whenAggregate(PORTFOLIO).publishes(rejected())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void anExpiryDeliveredTwiceFindsTheProcessEnded() {
            fixture.givenCurrentTime(T0)
                    .andThenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(true), expired())
                    .whenAggregate(PORTFOLIO).publishes(expired())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void anAuthorizationDeliveredTwiceCommitsAgainWhichTheCapitalTakesAsARepeat() {
            fixture.givenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(false))
                    .andThenAggregate(PILOT).published(authorized())
                    .whenAggregate(PILOT).publishes(authorized())
                    .expectActiveSagas(1)
                    .expectDispatchedCommands(new CommitCapital(REQUEST, T0));
        }

        @Test
        void aPauseDeliveredTwiceFreezesAgainWhichTheCapitalTakesAsARepeat() {
            PilotPaused paused = new PilotPaused(PILOT, "Costs unclear", Posture.AUTHORIZE_DEPLOYMENT, "pam", T1);
            fixture.givenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(false))
                    .andThenAggregate(PILOT).published(authorized(), paused)
                    .whenAggregate(PILOT).publishes(paused)
                    .expectActiveSagas(1)
                    .expectDispatchedCommands(new FreezePilotCapital(PILOT, "Pilot paused: Costs unclear", T1));
        }

        @Test
        void aCommitmentDeliveredTwiceFindsTheProcessEnded() {
            fixture.givenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(false))
                    .andThenAggregate(PILOT).published(authorized())
                    .andThenAggregate(PORTFOLIO).published(committed())
                    .whenAggregate(PORTFOLIO).publishes(committed())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void aReleaseDeliveredTwiceFindsTheProcessEnded() {
            fixture.givenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(false), released())
                    .whenAggregate(PORTFOLIO).publishes(released())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void aClosingByThePilotDeliveredTwiceFindsTheProcessEnded() {
            fixture.givenCurrentTime(T0)
                    .andThenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(true))
                    .andThenAggregate(PILOT).published(closedByPause())
                    .whenAggregate(PILOT).publishes(closedByPause())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void aKillsReleaseDeliveredTwiceFindsTheProcessEnded() {
            fixture.givenCurrentTime(T0)
                    .andThenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(true), killReleased())
                    .whenAggregate(PORTFOLIO).publishes(killReleased())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void aRequestAuthorizedJustBeforeTheKillEndsWithTheKillsReleaseThoughNothingWasCommitted() {
            fixture.givenAggregate(PILOT).published(requested())
                    .andThenAggregate(PORTFOLIO).published(reserved(false))
                    .andThenAggregate(PILOT).published(authorized())
                    .whenAggregate(PORTFOLIO).publishes(killReleased())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }
    }

    private static CapitalRequestApproved approved() {
        return new CapitalRequestApproved(REQUEST, PILOT, "ethan", ETHAN, T0);
    }

    private static CapitalRequestRejected rejected() {
        return new CapitalRequestRejected(REQUEST, PILOT, "ethan", ETHAN, "Sequencing not agreed", TOTAL, T0);
    }

    private static CapitalRequestExpired expired() {
        return new CapitalRequestExpired(REQUEST, PILOT, TOTAL, EXPIRES);
    }

    private static CapitalCommitted committed() {
        return new CapitalCommitted(REQUEST, PILOT, TOTAL, TOTAL, T0);
    }

    private static CapitalReservationReleased released() {
        return new CapitalReservationReleased(REQUEST, PILOT, TOTAL, "The pilot was killed; kill is final", T0);
    }

    private static PilotCapitalReleased killReleased() {
        return new PilotCapitalReleased(PILOT, TOTAL, List.of(REQUEST), "Pilot killed", T0);
    }

    private static InvestmentRequestClosed closedByPause() {
        return new InvestmentRequestClosed(PILOT, REQUEST, RequestOutcome.CANCELLED, null,
                "The pilot was paused: Costs unclear", Map.of(), T1);
    }

    private static InvestmentAuthorizationRequested requested() {
        return new InvestmentAuthorizationRequested(PILOT, REQUEST, Posture.AUTHORIZE_DEPLOYMENT, TOTAL, "All stores",
                "Parallel run", "Peak season", Posture.CONTROLLED_INVESTMENT, true, "Board mandate", "eve",
                Set.of("EXECUTIVE"), T0, List.of());
    }

    private static CapitalReserved reserved(boolean secondApproval) {
        return new CapitalReserved(REQUEST, PILOT, Posture.AUTHORIZE_DEPLOYMENT, TOTAL, TOTAL, "eve", EVE,
                secondApproval, secondApproval ? EXPIRES : null, T0);
    }

    private static InvestmentAuthorized authorized() {
        return new InvestmentAuthorized(PILOT, REQUEST, Posture.AUTHORIZE_DEPLOYMENT, TOTAL, "All stores",
                "Parallel run", "Peak season", Posture.CONTROLLED_INVESTMENT, true, "Board mandate", "eve", EVE, null,
                null, T0, List.of());
    }
}
