package com.pilotledger.app.axon;

import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class CommandThreadsBusTest {

    private final ExecutorService oneCommandThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        oneCommandThread.shutdownNow();
    }

    @Test
    void aCommandWhoseTransactionCannotStartIsAnsweredWithTheFailureAndTheThreadGoesOn() throws Exception {
        AtomicBoolean poolExhausted = new AtomicBoolean(true);
        TransactionManager transactions = new TransactionManager() {
            @Override
            public Transaction startTransaction() {
                if (poolExhausted.get()) {
                    throw new IllegalStateException("Connection is not available, request timed out after 30000ms");
                }
                return NoTransactionManager.INSTANCE.startTransaction();
            }
        };
        CommandThreadsBus bus = new CommandThreadsBus(SimpleCommandBus.builder().transactionManager(transactions),
                oneCommandThread);
        bus.subscribe(String.class.getName(), command -> CurrentUnitOfWork.get().parent().isPresent()
                ? "nested in a unit of work left behind" : "handled on its own");

        FutureCallback<Object, Object> first = new FutureCallback<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("first"), first);
        CommandResultMessage<?> refused = first.get(5, TimeUnit.SECONDS);
        assertThat(refused.isExceptional()).as("answered, not left waiting").isTrue();
        assertThat(refused.exceptionResult()).hasMessageContaining("Connection is not available");

        poolExhausted.set(false);
        FutureCallback<Object, Object> second = new FutureCallback<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("second"), second);
        assertThat(second.get(5, TimeUnit.SECONDS).getPayload()).isEqualTo("handled on its own");
    }
}
