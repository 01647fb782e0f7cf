package com.pilotledger.app.axon;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.command.pilot.CommandRefusalInterceptor;
import com.pilotledger.command.pilot.PilotCommandTargetResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** How commands reach the pilots, what every event inherits from its command, and how projections are driven. */
@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfiguration {

    /** Commands name their pilot through {@code PilotCommand}, not an Axon annotation in the api module. */
    @Bean
    CommandTargetResolver commandTargetResolver() {
        return new PilotCommandTargetResolver();
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
     * Projections run in pooled streaming processors: several segments per projection, each batch of events and its
     * token written in one transaction.
     */
    @Bean
    ConfigurerModule pooledProjections(@Value("${pilot-ledger.projections.segments:2}") int segments,
                                       @Value("${pilot-ledger.projections.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing(processing -> processing.usingPooledStreamingEventProcessors(
                (configuration, builder) -> builder.initialSegmentCount(segments).batchSize(batchSize)));
    }

    /** Axon's Spring Boot support registers command handler interceptor beans on the command bus. */
    @Bean
    CommandRefusalInterceptor commandRefusalInterceptor() {
        return new CommandRefusalInterceptor();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
