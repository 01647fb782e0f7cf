package com.pilotledger.app.notification;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notifications processor: a pooled streaming processor like the others, for the group
 * {@link NotificationPolicy#GROUP} alone.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    /**
     * Two things differ from the projections. It notifies only of events from the moment notifications first started
     * on the ledger ({@link NotificationEpoch}): deployed on a ledger with a history, it does not notify of every
     * past decision. And each event is a sequence of its own: notifications need no order among themselves, so an
     * event parked in its dead-letter queue holds back no other (and marks no pilot's views as behind, which a
     * pilot's sequence would).
     */
    @Bean
    ConfigurerModule notificationsProcessor(NotificationEpoch epoch) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerHandlerInterceptor(NotificationPolicy.GROUP, configuration -> epoch)
                .registerSequencingPolicy(NotificationPolicy.GROUP, configuration -> eachEventAlone()));
    }

    private static SequencingPolicy<EventMessage<?>> eachEventAlone() {
        return EventMessage::getIdentifier;
    }
}
