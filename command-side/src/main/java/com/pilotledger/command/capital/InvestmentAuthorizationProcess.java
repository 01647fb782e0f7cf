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
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.capital.ReleaseCapitalReservation;
import com.pilotledger.api.capital.ReserveCapital;
import com.pilotledger.api.pilot.CloseInvestmentRequest;
import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.CompleteInvestmentAuthorization;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.RequestOutcome;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

import java.time.Instant;
import java.util.Map;

/**
 * The life of one authorization request, between the pilot that records it and the portfolio capital that funds it:
 * <ol>
 *     <li>the pilot records the request → reserve capital within the maker's authority (refused: close the request);</li>
 *     <li>reserved without four-eyes → the pilot records the authorization; with four-eyes → wait for a checker
 *     until the approval window closes (an Axon deadline);</li>
 *     <li>approved → the pilot records the authorization; rejected or expired → close the request (the capital
 *     already went back to the pool);</li>
 *     <li>authorized → commit the reservation. If the pilot can no longer take it (killed meanwhile), release it.</li>
 * </ol>
 */
@Saga
public class InvestmentAuthorizationProcess {

    static final String APPROVAL_WINDOW_CLOSED = "approval-window-closed";
    private static final String REQUEST = "requestId";

    private String requestId;
    private String pilotId;
    private Authority makerAuthority;
    private String deadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = REQUEST)
    void on(InvestmentAuthorizationRequested event, CommandGateway commands) {
        requestId = event.requestId();
        pilotId = event.pilotId();
        SagaLifecycle.associateWith("pilotId", pilotId);
        try {
            commands.sendAndWait(new ReserveCapital(requestId, pilotId, event.posture(), event.capital(),
                    event.requestedBy(), event.requestedByRoles(), event.requestedAt()));
        } catch (CommandExecutionException refused) {
            CommandRefusal refusal = refusalOf(refused);
            close(commands, RequestOutcome.REFUSED, refusal, event.requestedAt());
        }
    }

    @SagaEventHandler(associationProperty = REQUEST)
    void on(CapitalReserved event, CommandGateway commands, DeadlineManager deadlines) {
        makerAuthority = event.makerAuthority();
        if (event.secondApprovalRequired()) {
            deadlineId = deadlines.schedule(event.expiresAt(), APPROVAL_WINDOW_CLOSED);
        } else {
            complete(commands, null, null, event.reservedAt());
        }
    }

    @SagaEventHandler(associationProperty = REQUEST)
    void on(CapitalRequestApproved event, CommandGateway commands, DeadlineManager deadlines) {
        deadlines.cancelSchedule(APPROVAL_WINDOW_CLOSED, deadlineId);
        complete(commands, event.approvedBy(), event.approverAuthority(), event.approvedAt());
    }

    @SagaEventHandler(associationProperty = REQUEST)
    void on(CapitalRequestRejected event, CommandGateway commands, DeadlineManager deadlines) {
        deadlines.cancelSchedule(APPROVAL_WINDOW_CLOSED, deadlineId);
        close(commands, RequestOutcome.REJECTED,
                new CommandRefusal(null, "Rejected by " + event.rejectedBy() + ": " + event.reason()),
                event.rejectedAt());
    }

    @DeadlineHandler(deadlineName = APPROVAL_WINDOW_CLOSED)
    void approvalWindowClosed(DeadlineMessage<?> deadline, CommandGateway commands) {
        commands.sendAndWait(new ExpireCapitalRequest(requestId, deadline.getTimestamp()));
    }

    @SagaEventHandler(associationProperty = REQUEST)
    void on(CapitalRequestExpired event, CommandGateway commands) {
        close(commands, RequestOutcome.EXPIRED,
                new CommandRefusal(null, "Not decided within the approval window"), event.expiredAt());
    }

    @SagaEventHandler(associationProperty = REQUEST)
    void on(InvestmentAuthorized event, CommandGateway commands) {
        commands.sendAndWait(new CommitCapital(requestId, event.decidedAt()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = REQUEST)
    void on(CapitalCommitted event) {
        // the request is authorized and its capital committed: nothing left to coordinate
    }

    @EndSaga
    @SagaEventHandler(associationProperty = REQUEST)
    void on(CapitalReservationReleased event) {
        // the pilot could not take the authorization; its capital is back in the pool
    }

    /** The pilot was killed while its request was open: the kill released the reservation, and the pilot is final. */
    @SagaEventHandler(associationProperty = "pilotId")
    void on(PilotCapitalReleased event, DeadlineManager deadlines) {
        if (event.cancelledRequests().contains(requestId)) {
            deadlines.cancelSchedule(APPROVAL_WINDOW_CLOSED, deadlineId);
            SagaLifecycle.end();
        }
    }

    private void complete(CommandGateway commands, String approvedBy, Authority approverAuthority, Instant at) {
        try {
            commands.sendAndWait(new CompleteInvestmentAuthorization(pilotId, requestId, makerAuthority, approvedBy,
                    approverAuthority, at));
        } catch (CommandExecutionException refused) {
            commands.sendAndWait(new ReleaseCapitalReservation(requestId, refusalOf(refused).message(), at));
        }
    }

    /** Ends the request on the pilot; a pilot killed meanwhile refuses, and has nothing left to close. */
    private void close(CommandGateway commands, RequestOutcome outcome, CommandRefusal refusal, Instant at) {
        try {
            commands.sendAndWait(new CloseInvestmentRequest(pilotId, requestId, outcome, refusal.code(),
                    refusal.message(), refusal.facts(), at));
        } catch (CommandExecutionException pilotKilled) {
            // nothing to close on a killed pilot
        }
        SagaLifecycle.end();
    }

    private static CommandRefusal refusalOf(CommandExecutionException exception) {
        return exception.<CommandRefusal>getDetails()
                .orElseGet(() -> new CommandRefusal(null, exception.getMessage(), Map.of()));
    }
}
