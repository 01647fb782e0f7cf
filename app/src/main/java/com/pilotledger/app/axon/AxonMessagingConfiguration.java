package com.pilotledger.app.axon;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.command.bus.CommandRefusalInterceptor;
import com.pilotledger.command.bus.LedgerCommandTargetResolver;
import com.pilotledger.command.capital.PilotCapitalPolicy;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.concurrent.Executors;

/** How commands reach the aggregates, what every event inherits from its command, and how handlers are driven. */
@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfiguration {

    /** Commands name their target through {@code PilotCommand} / {@code CapitalCommand}, not Axon annotations. */
    @Bean
    CommandTargetResolver commandTargetResolver() {
        return new LedgerCommandTargetResolver();
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

    /**
     * Event handlers run in pooled streaming processors: several segments each, a batch of events and its token
     * written in one transaction. Events are split over segments per pilot, so a view that combines a pilot's own
     * events with the capital events about it sees them in the order they happened. A failing handler stops its
     * segment and retries rather than skip an event, which would leave a view or a process silently wrong.
     */
    @Bean
    ConfigurerModule pooledProcessors(@Value("${pilot-ledger.projections.segments:2}") int segments,
                                      @Value("${pilot-ledger.projections.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors(
                        (configuration, builder) -> builder.initialSegmentCount(segments).batchSize(batchSize))
                .registerDefaultSequencingPolicy(configuration -> new PerPilotSequencingPolicy())
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance()));
    }

    /** Two decisions on the same aggregate at the same moment: the one that lost is tried again, a few times. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(Executors.newSingleThreadScheduledExecutor(
                        runnable -> new Thread(runnable, "command-retry"))))
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

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
