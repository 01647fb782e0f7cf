package com.pilotledger.app.policy;

import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.app.axon.AxonServerWiring;
import com.pilotledger.app.axon.EventHistory;
import com.pilotledger.command.policy.PilotRoster;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every pilot registered and not killed, from Axon Server's event stream read once up to its head (never a view,
 * which may be rebuilding), in the order the pilots were registered. Only the payload types are looked at, so no
 * payload is deserialized.
 */
@Component
@ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "true")
class AxonServerPilotRoster implements PilotRoster {

    private final EventHistory history;

    AxonServerPilotRoster(EventHistory history) {
        this.history = history;
    }

    @Override
    public List<String> pilotsNotKilled() {
        Set<String> pilots = new LinkedHashSet<>();
        try (Stream<? extends TrackedEventMessage<?>> events = history.readAll()) {
            events.filter(DomainEventMessage.class::isInstance).map(event -> (DomainEventMessage<?>) event)
                    .forEach(event -> {
                        if (event.getPayloadType().equals(PilotRegistered.class)) {
                            pilots.add(event.getAggregateIdentifier());
                        } else if (event.getPayloadType().equals(PilotKilled.class)) {
                            pilots.remove(event.getAggregateIdentifier());
                        }
                    });
        }
        return List.copyOf(pilots);
    }
}
