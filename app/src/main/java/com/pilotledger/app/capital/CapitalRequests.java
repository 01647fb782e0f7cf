package com.pilotledger.app.capital;

import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.capital.RequestStatus;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.problem.CommandRefusedException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Waits, bounded, for an authorization request to reach a state its sender can be told: authorized with its capital
 * committed, waiting for a second approval, or ended without an authorization. The state is read from the view, so
 * it is seen whichever instance ran the authorization process.
 */
@Component
public class CapitalRequests {

    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

    private final PortfolioReader reader;
    private final Duration timeout;

    public CapitalRequests(PortfolioReader reader, DecisionTimeout timeout) {
        this.reader = reader;
        this.timeout = timeout.decisionTimeout();
    }

    /** The request once decided, or as far as the view has it when the timeout passes (empty if not there yet). */
    public Optional<InvestmentRequestView> awaitDecided(String requestId) {
        return await(requestId, CapitalRequests::isDecided);
    }

    /**
     * The request once a checker's decision shows on it (no longer awaiting approval), or as far as the view has it
     * when the timeout passes. A retried approval whose events an earlier, interrupted attempt already stored sets off
     * nothing new to wait for, yet its request may not show the outcome yet.
     */
    public Optional<InvestmentRequestView> awaitChecked(String requestId) {
        return await(requestId, request -> request.status() != RequestStatus.AWAITING_APPROVAL && isDecided(request));
    }

    private Optional<InvestmentRequestView> await(String requestId, Predicate<InvestmentRequestView> reached) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<InvestmentRequestView> request = reader.request(requestId);
            if (request.map(reached::test).orElse(false) || System.nanoTime() > deadline) {
                return request;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** The request as its maker or a checker may read it; unknown ids are a 404. */
    public InvestmentRequestView find(String requestId) {
        return reader.request(requestId).orElseThrow(() -> CommandRefusedException.requestNotFound(requestId));
    }

    private static boolean isDecided(InvestmentRequestView request) {
        return request.status() == RequestStatus.AWAITING_APPROVAL
                || (request.status() == RequestStatus.AUTHORIZED && request.reserved().amount().signum() == 0)
                || !request.status().isOpen() && request.status() != RequestStatus.AUTHORIZED;
    }
}
