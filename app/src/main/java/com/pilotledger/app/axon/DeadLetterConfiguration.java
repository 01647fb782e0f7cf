package com.pilotledger.app.axon;

import com.pilotledger.app.notification.NotificationPolicy;
import com.pilotledger.command.capital.PilotCapitalPolicy;
import com.pilotledger.query.audit.AuditProjection;
import com.pilotledger.query.capital.CapitalProjection;
import com.pilotledger.query.metric.ProductionMetricsProjection;
import com.pilotledger.query.ninetyday.NinetyDayReviewProjection;
import com.pilotledger.query.pilot.PilotDetailProjection;
import com.pilotledger.query.portfolio.BoardProjection;
import com.pilotledger.query.review.GateReviewProjection;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.Set;

/**
 * An event a handler cannot process is parked, not retried forever: Axon's sequenced dead-letter queue, in the
 * {@code dead_letter_entry} table of the application's database, one queue per processing group. The sequence is the
 * pilot ({@link PerPilotSequencingPolicy}), so only that pilot's later events in that group wait behind the parked
 * one; every other pilot, and every other group, goes on. Administrators list and retry them (DeadLetters).
 * <p>
 * The projections, the capital policy and the notifications park their events. The authorization process (a saga) does not: Axon 4
 * dead-letters event handlers only, never sagas. Its failures keep stopping its segment, logged at ERROR by
 * {@link ProcessorFailureLog} and shown in health.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    /** The processing groups that park events. */
    public static final Set<String> PARKING_GROUPS = Set.of(BoardProjection.GROUP, PilotDetailProjection.GROUP,
            AuditProjection.GROUP, CapitalProjection.GROUP, PilotCapitalPolicy.GROUP, ProductionMetricsProjection.GROUP,
            NinetyDayReviewProjection.GROUP, GateReviewProjection.GROUP, NotificationPolicy.GROUP);

    /** The groups that act on new events only: a reset would send their commands or notifications again. */
    private static final Set<String> NEVER_RESET = Set.of(PilotCapitalPolicy.GROUP, NotificationPolicy.GROUP);

    /** How often an administrator retried a letter; absent until its first retry fails. */
    public static final String RETRIES = "retries";

    static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    /**
     * Letters are JSON like everything Axon stores (the Jackson serializers: events with the event serializer, tokens
     * and diagnostics with the general one). A retry processes a letter in a savepoint of its own transaction
     * (nested), so a failed retry can still record its new cause and count. Projections clear their letters when
     * they are reset (a rebuild replays those events anyway); the capital policy and the notifications are never reset.
     */
    @Bean
    ConfigurerModule deadLetterQueues(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                      PlatformTransactionManager transactions,
                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                      Serializer serializer, ReplayFailures replayFailures) {
        TransactionManager nested = new SpringTransactionManager(transactions,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
        return configurer -> configurer.eventProcessing(processing -> PARKING_GROUPS.forEach(group ->
                park(processing, group, transactions, replayFailures, nested, JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(SCHEMA)
                        // Unbounded: the queue is a table. Axon's default, 1,024 sequences and 1,024 letters in each,
                        // once full fails every batch with a letter to park, stopping the group for everyone.
                        .maxSequences(Integer.MAX_VALUE)
                        .maxSequenceSize(Integer.MAX_VALUE)
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .build())));
    }

    /** What a replay met without savepoints ({@link HandlerSavepoint}), shared with the processors' failure log. */
    @Bean
    ReplayFailures replayFailures() {
        return new ReplayFailures();
    }

    /**
     * The group's handlers are built by the application's handler definition (Axon's, with the Spring context's
     * enhancers; the same for every handler class, which only names the class loader), each in a savepoint except
     * during a replay ({@link HandlerSavepoint}).
     */
    private static void park(EventProcessingConfigurer processing, String group,
                             PlatformTransactionManager transactions, ReplayFailures replayFailures,
                             TransactionManager nested,
                             JdbcSequencedDeadLetterQueue<EventMessage<?>> queue) {
        processing.registerDeadLetterQueue(group, configuration -> queue)
                .registerDeadLetterPolicy(group, configuration -> parkingPolicy(group))
                .registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) -> invoker
                        .handlerDefinition(new HandlerSavepoint(
                                configuration.handlerDefinition(DeadLetterConfiguration.class), transactions,
                                replayFailures))
                        .transactionManager(nested)
                        .enableSequenceIdentifierCache()
                        .allowReset(!NEVER_RESET.contains(group)));
    }

    /**
     * Park every failure, counting retries, and say so at ERROR: a parked event is a view left behind. A failure during
     * a replay without a savepoint is not parked: its whole batch fails and is retried with savepoints
     * ({@link HandlerSavepoint}).
     */
    static EnqueuePolicy<EventMessage<?>> parkingPolicy(String group) {
        return (letter, cause) -> {
            if (cause instanceof HandlerSavepoint.ReplayFailed) {
                return Decisions.doNotEnqueue();
            }
            log.error("Parked event {} ({}) in processing group {}: its sequence waits until an administrator "
                            + "retries it (GET /api/dead-letters)", letter.message().getIdentifier(),
                    letter.message().getPayloadType().getSimpleName(), group, cause);
            return Decisions.<EventMessage<?>>requeue(ThrowableCause.truncated(cause), DeadLetterConfiguration::countRetry);
        };
    }

    private static MetaData countRetry(DeadLetter<?> letter) {
        Object retries = letter.diagnostics().get(RETRIES);
        return letter.diagnostics().and(RETRIES, retries instanceof Number count ? count.intValue() + 1 : 0);
    }
}
