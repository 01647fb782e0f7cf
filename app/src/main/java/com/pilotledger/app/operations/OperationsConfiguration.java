package com.pilotledger.app.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Metrics of the command bus; health and gauges are components of this package. */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

    /** First in the bus's interceptor list, so outermost: it sees refusals as codes, after the refusal interceptor. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CommandOutcomeMetrics commandOutcomeMetrics(MeterRegistry registry) {
        return new CommandOutcomeMetrics(registry);
    }
}
