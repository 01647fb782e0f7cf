package com.pilotledger.app.operations;

import com.pilotledger.app.deadletter.DeadLetters;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Component;

/**
 * The ledger's gauges for Prometheus: each processor's lag behind the store's head ({@code pilot_ledger_processor_lag},
 * in events) and the events parked per processing group ({@code pilot_ledger_dead_letters}). Both are read when
 * scraped (a head query, and a count per group), never kept in memory.
 */
@Component
public class LedgerMetrics implements MeterBinder {

    private final ProcessorStates processors;
    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;

    public LedgerMetrics(ProcessorStates processors, EventProcessingConfiguration processing,
                         DeadLetters deadLetters) {
        this.processors = processors;
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().keySet().forEach(name -> Gauge.builder("pilot_ledger.processor.lag",
                        () -> processors.current().stream().filter(state -> state.name().equals(name))
                                .mapToLong(ProcessorStates.ProcessorState::lag).findFirst().orElse(0))
                .description("Events between the store's head and this processor's segment furthest behind")
                .baseUnit("events").tag("processor", name).register(registry));
        deadLetters.countByGroup().keySet().forEach(group -> Gauge.builder("pilot_ledger.dead_letters",
                        () -> deadLetters.countByGroup().getOrDefault(group, 0L))
                .description("Events parked in the processing group's dead-letter queue")
                .tag("processing_group", group).register(registry));
    }
}
