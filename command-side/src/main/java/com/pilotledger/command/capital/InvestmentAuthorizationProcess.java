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
import com.pilotledger.api.pilot.InvestmentRequestClosed;
import com.pilotledger.api.pilot.PilotPaused;
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
import java.util.Optional;

/**
 * The life of one authorization request, between the pilot that records it and the portfolio capital that funds it:
 * <ol>
 *     <li>the pilot records the request → reserve capital within the maker's authority (refused: close the request);</li>
 *     <li>reserved without four-eyes → the pilot records the authorization; with four-eyes → wait for a checker
 *     until the approval window closes (an Axon deadline);</li>
 *     <li>approved → the pilot records the authorization; rejected or expired → close the request (the capital
 *     already went back to the pool);</li>
 *     <li>authorized → commit the reservation;</li>
 *     <li>the pilot refused the authorization, or closed the request itself (paused or killed while it was decided)
 *     → give the reservation back.</li>
 * </ol>
 * Delivery is at least once, and the commands of a step commit before the step's token: after a crash, a step runs
 * again on the state before it. So every command sent here is idempotent on its aggregate (reserving a reserved
 * request, completing an authorized one, committing committed capital, releasing, expiring or closing again: each
 * succeeds and changes nothing), and a reservation is given back only when the pilot says the request is closed,
 * never because it was already authorized. A failure that is no refusal (the database, a lost race retried too
 * often) is thrown: the step stops and is retried, rather than decide anything on it.
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
        } catch (CommandExecutionException failure) {
            close(commands, RequestOutcome.REFUSED, refusalOf(failure), event.requestedAt());
        }
    }

    @SagaEventHandler(associationProperty = REQUEST)
    void on(CapitalReserved event, CommandGateway commands, DeadlineManager deadlines) {
        makerAuthority = event.makerAuthority();
        if (event.secondApprovalRequired()) {
            // Run again after a crash, this step may leave the first deadline scheduled too: it fires at the same
            // moment, and expires nothing twice.
            deadlineId = deadlines.schedule(event.expiresAt(), APPROVAL_WINDOW_CLOSED);
        } else {
            complete(commands, null, null, event.reservedAt());
        }
    }

    @SagaEventHandler(associationProperty = REQUEST)
    void on(CapitalRequestApproved event, CommandGateway commands, DeadlineManager deadlines) {
        cancelApprovalWindow(deadlines);
        complete(commands, event.approvedBy(), event.approverAuthority(), event.approvedAt());
    }

    @SagaEventHandler(associationProperty = REQUEST)
    void on(CapitalRequestRejected event, CommandGateway commands, DeadlineManager deadlines) {
        cancelApprovalWindow(deadlines);
        close(commands, RequestOutcome.REJECTED,
                new CommandRefusal(null, "Rejected by " + event.rejectedBy() + ": " + event.reason()),
                event.rejectedAt());
    }

    /** A request decided meanwhile is left alone by the capital, so a deadline fired twice expires nothing twice. */
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

    /**
     * The pilot was paused while this request was on its way. Still pending, the pause closes it (below); authorized
     * just before the pause, its commitment must be frozen too. The capital policy freezes on every pause, but it
     * runs beside this process and may freeze before the commitment arrives, which would then replace the frozen
     * amount with an unfrozen one; in this process the freeze follows the commitment. Freezing twice changes nothing.
     */
    @SagaEventHandler(associationProperty = "pilotId")
    void on(PilotPaused event, CommandGateway commands) {
        commands.sendAndWait(PilotCapitalPolicy.freezeFor(event));
    }

    /**
     * The pilot closed the request: paused or killed while it was decided, or (a step run again after a crash) closed
     * by this process before. Whatever the request still holds goes back to the pool; nothing is left to coordinate.
     */
    @EndSaga
    @SagaEventHandler(associationProperty = REQUEST)
    void on(InvestmentRequestClosed event, CommandGateway commands, DeadlineManager deadlines) {
        cancelApprovalWindow(deadlines);
        commands.sendAndWait(new ReleaseCapitalReservation(requestId, event.reason(), event.closedAt()));
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

    /**
     * The pilot was killed: the kill released its capital, this request's reservation included. A request authorized
     * just before the kill has nothing left to commit, so no other event would end this process.
     */
    @SagaEventHandler(associationProperty = "pilotId")
    void on(PilotCapitalReleased event, DeadlineManager deadlines) {
        if (event.cancelledRequests().contains(requestId)) {
            cancelApprovalWindow(deadlines);
            SagaLifecycle.end();
        }
    }

    private void cancelApprovalWindow(DeadlineManager deadlines) {
        if (deadlineId != null) {
            deadlines.cancelSchedule(APPROVAL_WINDOW_CLOSED, deadlineId);
        }
    }

    /**
     * Completing an authorized request again succeeds; a pilot that refuses (the request was closed meanwhile, or the
     * pilot killed) can never take it, so its reservation goes back to the pool.
     */
    private void complete(CommandGateway commands, String approvedBy, Authority approverAuthority, Instant at) {
        try {
            commands.sendAndWait(new CompleteInvestmentAuthorization(pilotId, requestId, makerAuthority, approvedBy,
                    approverAuthority, at));
        } catch (CommandExecutionException failure) {
            commands.sendAndWait(new ReleaseCapitalReservation(requestId, refusalOf(failure).message(), at));
        }
    }

    /** Ends the request on the pilot; a pilot killed meanwhile refuses, and has nothing left to close. */
    private void close(CommandGateway commands, RequestOutcome outcome, CommandRefusal refusal, Instant at) {
        try {
            commands.sendAndWait(new CloseInvestmentRequest(pilotId, requestId, outcome, refusal.code(),
                    refusal.message(), refusal.facts(), at));
        } catch (CommandExecutionException failure) {
            refusalOf(failure); // a refusal means a killed pilot, with nothing left to close; anything else is thrown
        }
        SagaLifecycle.end();
    }

    /** The refusal an aggregate answered with; any other failure is thrown again, so the step is retried. */
    private static CommandRefusal refusalOf(CommandExecutionException failure) {
        Optional<CommandRefusal> refusal = failure.getDetails();
        return refusal.orElseThrow(() -> failure);
    }
}
