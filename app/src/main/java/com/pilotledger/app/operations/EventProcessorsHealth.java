package com.pilotledger.app.operations;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: DOWN while a processor is stopped or a segment is in error, because then read-your-writes cannot hold for
 * the pilots of that segment (every command of theirs would wait out its timeout). Details name each processor's
 * segments, their position and how far behind the store's head they are.
 */
@Component("eventProcessorsHealthIndicator")
public class EventProcessorsHealth implements HealthIndicator {

    private final ProcessorStates states;

    public EventProcessorsHealth(ProcessorStates states) {
        this.states = states;
    }

    @Override
    public Health health() {
        var current = states.current();
        Health.Builder health = current.stream().allMatch(ProcessorStates.ProcessorState::healthy)
                ? Health.up() : Health.down();
        current.forEach(processor -> health.withDetail(processor.name(), processor));
        return health.build();
    }
}
