package com.pilotledger.app.decision;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.app.axon.AxonServerWiring;
import com.pilotledger.app.axon.EventHistory;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Axon Server's event stream, whose positions (the tracking tokens) are the global indexes the views and the audit
 * page show. Axon Server reads one aggregate's events by its identifier but without their positions, which a decision
 * context needs to walk two streams in global order: so a stream is read as the event stream up to {@code through},
 * keeping the aggregate's events, one pass over the store per stream read. One event is read from its own position.
 */
@Component
@ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "true")
class AxonServerStreamEvents implements StreamEvents {

    private final EventStore store;
    private final EventHistory history;

    AxonServerStreamEvents(EventStore store, EventHistory history) {
        this.store = store;
        this.history = history;
    }

    @Override
    public List<Recorded> of(String aggregateId, long through) {
        try (Stream<? extends TrackedEventMessage<?>> events = history.readAll()) {
            return events.takeWhile(event -> position(event) <= through)
                    .filter(event -> event instanceof DomainEventMessage<?> domain
                            && domain.getAggregateIdentifier().equals(aggregateId))
                    .map(AxonServerStreamEvents::recorded)
                    .toList();
        }
    }

    /** Axon Server numbers its events without gaps, so the one at this index is the first after the index before. */
    @Override
    public Optional<Recorded> at(long globalIndex) {
        if (globalIndex < 0 || globalIndex > head()) {
            return Optional.empty();
        }
        TrackingToken before = globalIndex == 0 ? null : new GlobalSequenceTrackingToken(globalIndex - 1);
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(before)) {
            TrackedEventMessage<?> event = stream.nextAvailable();
            return event instanceof DomainEventMessage<?> && position(event) == globalIndex
                    ? Optional.of(recorded(event)) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event store", e);
        }
    }

    /** -1 for an empty store: Axon Server's first event is at position 0. */
    @Override
    public long head() {
        TrackingToken head = store.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    private static Recorded recorded(TrackedEventMessage<?> event) {
        Object roles = event.getMetaData().get(AuditMetaData.ACTOR_ROLES);
        return new Recorded(position(event), ((DomainEventMessage<?>) event).getAggregateIdentifier(),
                event.getPayload(), AuditMetaData.roles(roles == null ? null : roles.toString()));
    }
}
