package com.pilotledger.app.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * What changes with {@code axon.axonserver.enabled=true}: events and snapshots are stored in Axon Server, and commands
 * travel through it to the one instance that handles their aggregate (routed by {@code LedgerRoutingStrategy}). Tokens,
 * sagas, deadlines, dead letters, seals, idempotency keys and the views stay in the database, which the instances share.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "true")
public class AxonServerWiring {

    public static final String ENABLED = "axon.axonserver.enabled";

    /**
     * Axon's own Axon Server event store, declared here (Axon's auto-configuration then backs off) for two reasons: its
     * snapshots must be written with the field-based JSON serializer of {@link AxonStorageConfiguration} (with the
     * general one an aggregate without getters is stored as {@code {}} and cannot be loaded again), and the snapshot
     * switch must apply as it does on the JDBC store.
     */
    @Bean
    EventStore eventStore(AxonServerConfiguration axonServer, AxonServerConnectionManager connections,
                          Configuration configuration,
                          @Qualifier("eventSerializer") org.axonframework.serialization.Serializer eventSerializer,
                          @Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper, SnapshotSettings snapshots) {
        return AxonServerEventStore.builder()
                .configuration(axonServer)
                .platformConnectionManager(connections)
                .messageMonitor(configuration.messageMonitor(AxonServerEventStore.class, "eventStore"))
                .snapshotSerializer(AxonStorageConfiguration.stateSerializer(objectMapper))
                .eventSerializer(eventSerializer)
                .snapshotFilter(snapshots.filter(configuration))
                .upcasterChain(configuration.upcasterChain())
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .build();
    }

    /** The whole history through Axon Server's tracking stream, cut at the head (for reports; see {@link EventHistory}). */
    @Bean
    EventHistory eventHistory(EventStore eventStore) {
        return new HeadBoundedHistory(eventStore);
    }

    /**
     * Queries stay on this instance: every query handler reads the shared database, so sending queries through Axon
     * Server would only make reads fail while it is unreachable. Built as Axon's auto-configuration builds its local
     * query bus.
     */
    @Bean
    QueryBus queryBus(Configuration configuration, TransactionManager transactionManager) {
        return SimpleQueryBus.builder()
                .messageMonitor(configuration.messageMonitor(QueryBus.class, "queryBus"))
                .transactionManager(transactionManager)
                .errorHandler(configuration.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(configuration.getComponent(QueryUpdateEmitter.class))
                .spanFactory(configuration.getComponent(QueryBusSpanFactory.class))
                .build();
    }

    /** Refuses to start when every instance would keep its own sagas, tokens and views (see the exception). */
    @Bean
    SharedDatabaseCheck sharedDatabaseCheck(Environment environment) {
        return SharedDatabaseCheck.verify(environment);
    }
}
