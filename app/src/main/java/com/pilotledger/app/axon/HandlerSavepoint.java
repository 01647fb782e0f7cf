package com.pilotledger.app.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
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
 */
final class HandlerSavepoint implements HandlerDefinition {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final HandlerDefinition delegate;
    private final PlatformTransactionManager transactions;

    HandlerSavepoint(HandlerDefinition delegate, PlatformTransactionManager transactions) {
        this.delegate = delegate;
        this.transactions = transactions;
    }

    @Override
    public <T> Optional<MessageHandlingMember<T>> createHandler(@Nonnull Class<T> declaringType,
                                                                @Nonnull Executable executable,
                                                                @Nonnull ParameterResolverFactory parameters) {
        return delegate.createHandler(declaringType, executable, parameters).map(InSavepoint::new);
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        private InSavepoint(MessageHandlingMember<T> member) {
            super(member);
        }

        @Override
        public Object handle(@Nonnull Message<?> message, T target) throws Exception {
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
