package com.pilotledger.app.axon;

import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;

import java.util.concurrent.Executor;

import static org.axonframework.commandhandling.GenericCommandResultMessage.asCommandResultMessage;

/**
 * Handles every command on one of the command threads, as Axon's {@link AsynchronousCommandBus} does, and answers a
 * command even when its unit of work cannot start. Axon's bus lets that failure (no connection for the command's
 * transaction within the pool's timeout) end the command thread without calling the callback, so the sender waited
 * forever: in a benchmark run on H2 the authorization process waited for its command, its segment stopped for good,
 * and so did everyone waiting for the authorization. Here the sender gets the failure, as it would on the sending
 * thread; a process step then fails its batch, which Axon retries. Axon rolls the unit of work back before the failure
 * leaves it, so the thread holds nothing of it.
 */
final class CommandThreadsBus extends SimpleCommandBus {

    private final Executor commandThreads;

    CommandThreadsBus(Builder builder, Executor commandThreads) {
        super(builder);
        this.commandThreads = commandThreads;
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        commandThreads.execute(() -> {
            try {
                super.handle(command, handler, callback);
            } catch (RuntimeException | Error failure) {
                callback.onResult(command, asCommandResultMessage(failure));
            }
        });
    }
}
