package com.pilotledger.app.axon;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrencyRetryScheduler scheduler = new ConcurrencyRetryScheduler(executor);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aLostRaceIsDispatchedAgain() throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(1);

        boolean retried = scheduler.scheduleRetry(command(), new ConcurrencyException("sequence 6 taken"),
                failures(1), dispatched::countDown);

        assertThat(retried).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRefusalIsFinal() {
        assertThat(scheduler.scheduleRetry(command(), new CommandExecutionException("refused", null, null),
                failures(1), () -> { })).isFalse();
    }

    @Test
    void aRaceLostTooOftenIsFinal() {
        assertThat(scheduler.scheduleRetry(command(), new ConcurrencyException("again"),
                failures(ConcurrencyRetryScheduler.MAX_RETRIES + 1), () -> { })).isFalse();
    }

    private static GenericCommandMessage<String> command() {
        return new GenericCommandMessage<>("ReserveCapital");
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }
}
