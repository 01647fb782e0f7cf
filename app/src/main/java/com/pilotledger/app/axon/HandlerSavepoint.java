package com.pilotledger.app.axon;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import javax.annotation.Nonnull;
import java.lang.reflect.Executable;
import java.util.Optional;

/**
 * Runs each event handler of a parking group inside a savepoint of the batch's transaction. A handler that fails
 * undoes only its own writes, and the batch goes on: its other events, the dead letter that parks the failed one, and
 * the token commit together. Without it PostgreSQL aborts the whole transaction at the first failed statement, the
 * batch could never commit, and the event could not be parked; on H2 the failed handler's earlier writes would stay.
 * <p>
 * A replay (a rebuild) runs its batches without savepoints: a savepoint and its release are two round trips for every
 * handler of every event, and a rebuild replayed about 2,000 events/s with them, 3,000 without (docs/performance.md).
 * Should a handler fail there, nothing can undo its writes alone, so the whole batch fails ({@link ReplayFailed}: not
 * parked, the rest of the batch not handled) and Axon retries the segment (about ten seconds later); from then on the
 * replay runs in savepoints ({@link ReplayFailures}), and the failure is parked as usual. Live
 * events keep their savepoints: a failed batch waits a few seconds for its retry, which would hold up every command
 * waiting for that segment's views.
 */
final class HandlerSavepoint implements HandlerDefinition {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
    private static final String FAILED = HandlerSavepoint.class.getName() + ".failed";

    private final HandlerDefinition delegate;
    private final PlatformTransactionManager transactions;
    private final ReplayFailures replayFailures;

    HandlerSavepoint(HandlerDefinition delegate, PlatformTransactionManager transactions,
                     ReplayFailures replayFailures) {
        this.delegate = delegate;
        this.transactions = transactions;
        this.replayFailures = replayFailures;
    }

    @Override
    public <T> Optional<MessageHandlingMember<T>> createHandler(@Nonnull Class<T> declaringType,
                                                                @Nonnull Executable executable,
                                                                @Nonnull ParameterResolverFactory parameters) {
        return delegate.createHandler(declaringType, executable, parameters).map(InSavepoint::new);
    }

    /** Thrown for a batch of a replay that a handler failed in; the parking policy does not park it. */
    static final class ReplayFailed extends RuntimeException {

        private ReplayFailed(String eventId, Throwable cause) {
            super("A handler failed on event " + eventId + " during a replay, without a savepoint; the batch is "
                    + "retried, handling that event in savepoints", cause);
        }
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        private InSavepoint(MessageHandlingMember<T> member) {
            super(member);
        }

        @Override
        public Object handle(@Nonnull Message<?> message, T target) throws Exception {
            if (!replayedInBatch(message) || replayFailures.metAny()) {
                return inSavepoint(message, target);
            }
            UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
            if (batch.resources().containsKey(FAILED)) {
                // The batch fails anyway: no further work in a transaction PostgreSQL has already aborted.
                throw new ReplayFailed(message.getIdentifier(), null);
            }
            try {
                return super.handle(message, target);
            } catch (Exception failure) {
                replayFailures.remember(message.getIdentifier());
                ReplayFailed failed = new ReplayFailed(message.getIdentifier(), failure);
                batch.resources().put(FAILED, failed);
                // On H2 the transaction could still commit: the batch must not, with the failed handler's writes.
                batch.onPrepareCommit(committing -> {
                    throw failed;
                });
                throw failed;
            }
        }

        /** Replayed in a processor's batch; a retried dead letter has a unit of work of its own. */
        private boolean replayedInBatch(Message<?> message) {
            return ReplayToken.isReplay(message) && CurrentUnitOfWork.isStarted()
                    && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork;
        }

        private Object inSavepoint(Message<?> message, T target) throws Exception {
            TransactionStatus savepoint = transactions.getTransaction(NESTED);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error failure) {
                transactions.rollback(savepoint);
                throw failure;
            }
            transactions.commit(savepoint);
            return result;
        }
    }
}
