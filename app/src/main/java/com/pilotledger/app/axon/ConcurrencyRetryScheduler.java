package com.pilotledger.app.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command only when it lost a race for an aggregate (another instance appended the same sequence number
 * first). Retried, it reloads the aggregate and decides again on what is now true, e.g. the capital now available.
 * Refusals and every other failure are final: retrying them would only repeat them.
 */
class ConcurrencyRetryScheduler implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConcurrencyRetryScheduler.class);

    static final int MAX_RETRIES = 8;

    private final ScheduledExecutorService executor;

    ConcurrencyRetryScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!isConcurrencyConflict(lastFailure) || failures.size() > MAX_RETRIES) {
            return false;
        }
        // Growing, jittered pauses keep two instances from colliding again in lockstep.
        long pauseMillis = 10L * failures.size() + ThreadLocalRandom.current().nextLong(10);
        log.debug("{} lost a race for its aggregate; retry {} in {} ms", commandMessage.getCommandName(),
                failures.size(), pauseMillis);
        executor.schedule(commandDispatch, pauseMillis, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
