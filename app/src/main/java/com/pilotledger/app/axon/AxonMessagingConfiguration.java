package com.pilotledger.app.axon;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.command.bus.CommandRefusalInterceptor;
import com.pilotledger.command.bus.LedgerCommandTargetResolver;
import com.pilotledger.command.bus.LedgerRoutingStrategy;
import com.pilotledger.command.capital.PilotCapitalPolicy;
import com.pilotledger.command.policy.EventStoreReadinessPolicies;
import com.pilotledger.command.policy.PilotRoster;
import com.pilotledger.command.policy.ReadinessPolicyRollout;
import com.pilotledger.query.audit.AuditProjection;
import com.pilotledger.query.capital.CapitalProjection;
import com.pilotledger.query.checklist.ChecklistProjection;
import com.pilotledger.query.metric.ProductionMetricsProjection;
import com.pilotledger.query.ninetyday.NinetyDayReviewProjection;
import com.pilotledger.query.pilot.PilotDetailProjection;
import com.pilotledger.query.portfolio.BoardProjection;
import com.pilotledger.query.review.GateReviewProjection;
import com.pilotledger.app.projection.ProjectionSettings;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executor;

/** How commands reach the aggregates, what every event inherits from its command, and how handlers are driven. */
@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfiguration {

    /** Commands name their target through {@code PilotCommand} / {@code CapitalCommand}, not Axon annotations. */
    @Bean
    CommandTargetResolver commandTargetResolver() {
        return new LedgerCommandTargetResolver();
    }

    /** With Axon Server, commands of one aggregate go to one instance: routed by the aggregate they name. */
    @Bean
    RoutingStrategy routingStrategy() {
        return new LedgerRoutingStrategy();
    }

    /**
     * Every event carries who sent the command that caused it and the request's correlation id. This replaces Axon's
     * default origin provider on purpose: its correlation id would be the command's message id, while auditors need
     * the id the client saw on the HTTP response.
     */
    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetaData.ACTOR, AuditMetaData.ACTOR_ROLES,
                AuditMetaData.CORRELATION_ID);
    }

    /** The processor that builds every read model (board, pilot detail, audit history, capital, production metrics). */
    public static final String READ_MODELS = "read-models";
    private static final Set<String> PROJECTIONS = Set.of(BoardProjection.GROUP, PilotDetailProjection.GROUP,
            AuditProjection.GROUP, CapitalProjection.GROUP, ChecklistProjection.GROUP,
            ProductionMetricsProjection.GROUP, NinetyDayReviewProjection.GROUP,
            GateReviewProjection.GROUP);

    /**
     * Event handlers run in pooled streaming processors: several segments each, a batch of events and its token
     * written in one transaction. The projections share one processor ({@link #READ_MODELS}), so the store is
     * read, and its events deserialized, once for all of them, and a batch of all their rows commits with one token
     * (with a processor each, every event was read and deserialized four times; docs/performance.md, step 2). With
     * several instances, max-claimed-segments spreads the segments over them. A batch with an event a segment handles
     * commits its token at once; a segment with nothing to handle commits its token only when claim-extension has
     * passed since its last commit, and an idle processor looks at its segments that often. Several instances set it
     * to 100ms, so each sees within about that how far the others' idle segments are (the catch-up of the board and
     * of a rebuild; a command waits only for the segments that handle its events). 1ms had every idle segment write
     * its token every millisecond.
     * Events are split over segments per pilot, so a view that combines a pilot's own
     * events with the capital events about it sees them in the order they happened. An event a projection or the
     * capital policy cannot handle is parked with the pilot's later events ({@link DeadLetterConfiguration}); any
     * other failure (the authorization process, the database) propagates: the segment stops, says so at ERROR
     * ({@link ProcessorFailureLog}) and retries rather than skip an event, which would leave a view or a process
     * silently wrong.
     */
    @Bean
    ConfigurerModule pooledProcessors(ProjectionSettings settings, ReplayFailures replayFailures,
                                      @Value("${" + AxonServerWiring.ENABLED + ":false}") boolean axonServer) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((configuration, builder) -> startingPoint(builder, axonServer)
                        .initialSegmentCount(settings.segments()).batchSize(settings.batchSize())
                        .maxClaimedSegments(settings.maxClaimedSegments())
                        .claimExtensionThreshold(settings.claimExtension().toMillis()))
                .assignProcessingGroup(group -> PROJECTIONS.contains(group) ? READ_MODELS : group)
                .registerDefaultSequencingPolicy(configuration -> new PerPilotSequencingPolicy())
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(configuration -> new ProcessorFailureLog(replayFailures)));
    }

    /**
     * A processor's first tokens: by default it asks the store for its tail, and on Axon Server a first start while the
     * server is unreachable then fails after 30 tries, taking the whole application (and its reads) down. The start of
     * Axon Server's stream needs no asking: an empty token is it.
     */
    private static PooledStreamingEventProcessor.Builder startingPoint(PooledStreamingEventProcessor.Builder builder,
                                                                      boolean axonServer) {
        return axonServer ? builder.initialToken(source -> null) : builder;
    }

    /**
     * Every command is handled on one of a bounded set of command threads ({@link CommandThreadsBus}), in
     * a unit of work and a transaction of its own, while its sender waits. That matters for the commands caused by
     * events (the authorization process, the capital policy, deadlines): on the handler's own thread Axon would nest
     * them in the handler's unit of work, so their events would be appended only with the handler's whole batch, a
     * lost race for an aggregate would fail that batch instead of being retried, and a refusal would roll back the
     * batch's transaction. The message is created on the sending thread, so it still carries the correlation data
     * (actor, correlation id) of the event being handled. Otherwise this is the bus Axon's auto-configuration builds.
     * It is the local segment: with Axon Server enabled, Axon's Axon Server command bus (primary) sends every command
     * through the server and hands this bus the commands routed to this instance.
     */
    @Bean
    @Qualifier("localSegment")
    CommandBus commandBus(TransactionManager transactionManager, org.axonframework.config.Configuration axon,
                          DuplicateCommandHandlerResolver duplicateCommandHandlerResolver,
                          @Qualifier("commandThreads") Executor commandThreads) {
        CommandThreadsBus commandBus = new CommandThreadsBus(SimpleCommandBus.builder()
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus")), commandThreads);
        commandBus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return commandBus;
    }

    /**
     * The command threads: a fixed number, the queue absorbing bursts. They keep working while Axon's processors stop
     * (a process step waiting for its command still gets it handled), and stop with the application once no bean
     * needs them, letting the commands at hand finish.
     */
    @Bean
    ThreadPoolTaskExecutor commandThreads(@Value("${pilot-ledger.commands.threads:8}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("command-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        keepUntilDestroyed(executor);
        return executor;
    }

    /** Schedules the retry of a command that lost a race for its aggregate. */
    @Bean
    ThreadPoolTaskScheduler commandRetryThread() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("command-retry-");
        keepUntilDestroyed(scheduler);
        return scheduler;
    }

    /**
     * By default Spring stops an executor as soon as the context starts closing, before Axon's processors stop; these
     * must serve them to the end, so they shut down when destroyed, waiting a little for the tasks at hand.
     */
    private static void keepUntilDestroyed(ExecutorConfigurationSupport executor) {
        executor.setAcceptTasksAfterContextClose(true);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
    }

    /** Two decisions on the same aggregate at the same moment: the one that lost is tried again, a few times. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ThreadPoolTaskScheduler commandRetryThread) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(commandRetryThread.getScheduledExecutor()))
                .build();
    }

    /** Axon's Spring Boot support registers command handler interceptor beans on the command bus. */
    @Bean
    CommandRefusalInterceptor commandRefusalInterceptor() {
        return new CommandRefusalInterceptor();
    }

    @Bean
    PilotCapitalPolicy pilotCapitalPolicy(CommandGateway commandGateway) {
        return new PilotCapitalPolicy(commandGateway);
    }

    /** The readiness policy versions, read from the policy book's stream; the pilot's handlers take it as a parameter. */
    @Bean
    EventStoreReadinessPolicies readinessPolicies(EventStore eventStore) {
        return new EventStoreReadinessPolicies(eventStore);
    }

    @Bean
    ReadinessPolicyRollout readinessPolicyRollout(CommandGateway commandGateway, PilotRoster roster) {
        return new ReadinessPolicyRollout(commandGateway, roster);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
