package com.pilotledger.app.axon;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A command sent while an event is being handled (by a saga, a policy, a deadline) runs in a unit of work and a
 * transaction of its own, and the sender waits for it. Axon would otherwise nest it in the handler's unit of work:
 * its events would be appended only when the handler's whole batch commits, a lost race for an aggregate would fail
 * that batch instead of being retried, and a refusal would roll back the batch's transaction. Commands sent outside
 * event handling (HTTP requests) go straight through.
 * <p>
 * The message is created on the sending thread, so it still carries the correlation data (actor, correlation id) of
 * the event being handled.
 */
class IndependentCommandGateway implements CommandGateway {

    private final CommandGateway delegate;
    private final ExecutorService workers;

    IndependentCommandGateway(CommandGateway delegate, ExecutorService workers) {
        this.delegate = delegate;
        this.workers = workers;
    }

    @Override
    @SuppressWarnings("unchecked") // the message carries the same command as its payload; the callback sees that
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        if (CurrentUnitOfWork.isStarted()) {
            C message = (C) GenericCommandMessage.asCommandMessage(command);
            workers.execute(() -> delegate.send(message, callback));
        } else {
            delegate.send(command, callback);
        }
    }

    @Override
    public <R> R sendAndWait(Object command) {
        return independently(command, delegate::sendAndWait);
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return independently(command, message -> delegate.sendAndWait(message, timeout, unit));
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        if (!CurrentUnitOfWork.isStarted()) {
            return delegate.send(command);
        }
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        return CompletableFuture.supplyAsync(() -> delegate.<R>send(message), workers)
                .thenCompose(result -> result);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    private <R> R independently(Object command, Function<CommandMessage<?>, R> dispatch) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        if (!CurrentUnitOfWork.isStarted()) {
            return dispatch.apply(message);
        }
        Future<R> result = workers.submit(() -> dispatch.apply(message));
        try {
            return result.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + message.getCommandName(), interrupted);
        }
    }
}
