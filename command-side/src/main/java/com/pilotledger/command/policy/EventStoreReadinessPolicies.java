package com.pilotledger.command.policy;

import com.pilotledger.api.policy.ReadinessPolicyCommand;
import com.pilotledger.command.pilot.ReadinessPolicies;
import com.pilotledger.command.pilot.ReadinessPolicy;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;

import java.time.Instant;

/**
 * The policy versions as the book's own event stream holds them, read at every question. The stream is a handful of
 * events, and reading it from the shared event store means every instance knows an activation the moment it is
 * committed: there is no cache or table to fall behind.
 */
public class EventStoreReadinessPolicies implements ReadinessPolicies {

    private final EventStore eventStore;

    public EventStoreReadinessPolicies(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public ReadinessPolicy inForceAt(Instant instant) {
        return history().inForceAt(instant);
    }

    public ReadinessPolicyHistory history() {
        return ReadinessPolicyHistory.of(eventStore.readEvents(ReadinessPolicyCommand.BOOK).asStream()
                .map(Message::getPayload).toList());
    }
}
