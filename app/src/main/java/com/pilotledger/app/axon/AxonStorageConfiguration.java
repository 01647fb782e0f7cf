package com.pilotledger.app.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.pilotledger.app.projection.ProjectionSettings;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.util.UUID;

/**
 * The event store, the projections' tracking tokens and the sagas, all over plain JDBC on the application's one data
 * source, in the tables the Flyway migrations create. Through Spring's data source utilities Axon shares the
 * transaction of the projection that writes read-model rows, so a row and its token commit together.
 * <p>
 * With {@code axon.axonserver.enabled=true} events and snapshots live in Axon Server instead
 * ({@link AxonServerWiring}): the JDBC storage engine and event store below are not declared then, while tokens,
 * sagas and everything else stay in the database, which the instances share.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("time_stamp")
            .setOwnerColumn("owner")
            .build();

    static final SagaSchema SAGA_SCHEMA = SagaSchema.builder()
            .sagaEntryTable("saga_entry")
            .associationValueEntryTable("association_value_entry")
            .sagaIdColumn("saga_id")
            .sagaTypeColumn("saga_type")
            .revisionColumn("revision")
            .serializedSagaColumn("serialized_saga")
            .associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .build();

    /** Jackson 2 for every Axon serializer: readable JSON payloads with ISO-8601 times and durations, tolerant of added fields. */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * Axon's units of work run in Spring transactions. Declared here, not left to Axon's auto-configuration: that one
     * is conditional on a transaction manager bean and can be evaluated before Spring Boot declares it, and then Axon
     * silently runs without transactions (every statement committing on its own).
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * On PostgreSQL the event processors' transactions commit without waiting for the disk
     * ({@link ProcessorTransactions}); on H2 they stay as they are.
     */
    @Bean
    ConfigurerModule processorTransactions(DataSource dataSource, TransactionManager axonTransactionManager,
                                           JdbcTemplate jdbc) throws MetaDataAccessException {
        boolean postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
        return configurer -> {
            if (postgres) {
                configurer.eventProcessing(processing -> processing.registerDefaultTransactionManager(
                        configuration -> new ProcessorTransactions(axonTransactionManager, jdbc)));
            }
        };
    }

    /** The connection of the current Spring transaction: read-model rows and tokens share it. */
    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    /** This instance's name in the token store, so it can tell its own segment claims from other instances'. */
    @Bean
    LedgerNode ledgerNode() {
        return new LedgerNode("pilot-ledger-" + UUID.randomUUID());
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }

    /**
     * Events in bytea rows of the PostgreSQL layout, appended in one batch per unit of work. Aggregates are loaded from
     * their latest snapshot (see {@link AggregateSnapshots}), unless snapshots are switched off: then every snapshot
     * already stored is ignored too, and aggregates are loaded from all their events.
     */
    @Bean
    @ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "false")
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          @Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          SnapshotSettings snapshots) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(stateSerializer(objectMapper))
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(snapshots.filter(configuration))
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(EVENT_SCHEMA)
                .build();
    }

    /** The whole history, read by the engine in one finite pass (for reports; see {@link EventHistory}). */
    @Bean
    @ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "false")
    EventHistory eventHistory(EventStorageEngine storageEngine) {
        return () -> storageEngine.readEvents(null, false);
    }

    /**
     * The event store; its fetch delay bounds how long events appended by another instance take to reach this
     * instance's projections (local appends reach them at once).
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    @ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "false")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  ProjectionSettings settings) {
        return new AvailabilityNotifyingEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(settings.remoteFetchDelay().toMillis()));
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, LedgerNode node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TOKEN_SCHEMA)
                .nodeId(node.id())
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider,
                                @Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(new GenericSagaSqlSchema(SAGA_SCHEMA))
                .serializer(stateSerializer(objectMapper))
                .build();
    }

    /**
     * Aggregate snapshots and sagas are kept as JSON of their fields (they have no getters, and need none): a
     * serializer of their own, so events keep the record-based JSON of the default one.
     */
    static Serializer stateSerializer(ObjectMapper objectMapper) {
        ObjectMapper fieldMapper = objectMapper.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fieldMapper).build();
    }
}
