package com.pilotledger.app.projection;

import com.pilotledger.app.axon.AxonServerWiring;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Positions on Axon Server, whose store numbers events as it appends them and cannot be asked for one by its
 * identifier: each event of a command is given the head of the store once the command has completed, a position at or
 * after its own. A command so waits for its own events and for those appended before it finished, never for fewer.
 */
@Component
@ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "true")
public class HeadOfStorePositions implements EventStorePositions {

    private final EventStore store;

    public HeadOfStorePositions(EventStore store) {
        this.store = store;
    }

    @Override
    public Map<String, Long> of(Collection<String> eventIds) {
        Map<String, Long> positions = new HashMap<>();
        TrackingToken head = store.createHeadToken();
        long position = head == null ? -1 : head.position().orElse(-1);
        if (position >= 0) {
            eventIds.forEach(id -> positions.put(id, position));
        }
        return positions;
    }
}
