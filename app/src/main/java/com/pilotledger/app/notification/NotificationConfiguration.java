package com.pilotledger.app.notification;

import com.pilotledger.app.projection.ReadYourWrites;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notifications processor: a pooled streaming processor like the others, for the group
 * {@link NotificationPolicy#GROUP} alone.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    /**
     * Three things differ from the projections. It notifies only of events from the moment notifications first
     * started on the ledger ({@link NotificationEpoch}): deployed on a ledger with a history, it does not notify of
     * every past decision. It handles an event only once the read models have ({@link ViewsFirst}). And each event
     * is a sequence of its own: notifications need no order among themselves, so an event parked in its dead-letter
     * queue holds back no other (and marks no pilot's views as behind, which a pilot's sequence would). The two
     * interceptors are registered here, for this processor, never as beans: Axon's Spring Boot support puts every
     * event handler interceptor bean on every processor.
     */
    @Bean
    ConfigurerModule notificationsProcessor(JdbcClient jdbc, ObjectProvider<ReadYourWrites> views,
                                            NotificationSettings settings) {
        NotificationEpoch epoch = new NotificationEpoch(jdbc);
        ViewsFirst viewsFirst = new ViewsFirst(views, settings);
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerHandlerInterceptor(NotificationPolicy.GROUP, configuration -> epoch)
                .registerHandlerInterceptor(NotificationPolicy.GROUP, configuration -> viewsFirst)
                .registerSequencingPolicy(NotificationPolicy.GROUP, configuration -> eachEventAlone()));
    }

    private static SequencingPolicy<EventMessage<?>> eachEventAlone() {
        return EventMessage::getIdentifier;
    }
}
