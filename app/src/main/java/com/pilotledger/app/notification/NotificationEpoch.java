package com.pilotledger.app.notification;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Deployed on a ledger with a history, notifications tell of what happens from then on, not of every past decision.
 * The processor cannot start at the store's head for that: asking Axon Server for its head fails while the server is
 * unreachable, and a first start would then fail with it. So it reads the store from its beginning and this
 * interceptor lets through only the events stored from the instant notifications first started on this ledger,
 * recorded once in the database when the application starts (the first instance to start writes it, every other
 * reads it), on the clock that stamps the events. Not a bean: Axon's Spring Boot support registers every event
 * handler interceptor bean on every processor, and this one then kept the read models, the saga and the policies
 * from every event older than the epoch (a rebuild on a ledger with a history lost that history).
 */
class NotificationEpoch implements MessageHandlerInterceptor<EventMessage<?>> {

    private final Instant startedAt;

    NotificationEpoch(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO notification_epoch (epoch_id, started_at) VALUES (1, ?) ON CONFLICT DO NOTHING")
                .param(Timestamp.from(GenericEventMessage.clock.instant())).update();
        this.startedAt = jdbc.sql("SELECT started_at FROM notification_epoch WHERE epoch_id = 1")
                .query(Timestamp.class).single().toInstant();
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (unitOfWork.getMessage().getTimestamp().isBefore(startedAt)) {
            return null;
        }
        return interceptorChain.proceed();
    }
}
