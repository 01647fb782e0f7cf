package com.pilotledger.app.decision;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.app.decision.StreamEvents.Recorded;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a store that numbers its events from 0 without gaps, as Axon Server does (Axon's in-memory store): a stream is
 * the aggregate's events up to a position, one event is found at its own position, and an empty store has no head.
 */
class AxonServerStreamEventsTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
    private final StreamEvents events = new AxonServerStreamEvents(store, () -> engine.readEvents(null, false));

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void anEmptyStoreHasNoHeadAndNoEvent() {
        assertThat(events.head()).isEqualTo(-1);
        assertThat(events.at(0)).isEmpty();
        assertThat(events.of("pilot-1", 10)).isEmpty();
    }

    @Test
    void aStreamHoldsTheAggregatesEventsUpToThePositionWithTheirPositionsAndRoles() {
        append("pilot-1", 0, "registered");
        append("portfolio", 0, "budget set");
        append("pilot-1", 1, "signal");
        append("pilot-1", 2, "paused");

        assertThat(events.head()).isEqualTo(3);
        assertThat(events.of("pilot-1", events.head())).containsExactly(
                new Recorded(0, "pilot-1", "registered", Set.of("EXECUTIVE", "AUDITOR")),
                new Recorded(2, "pilot-1", "signal", Set.of("EXECUTIVE", "AUDITOR")),
                new Recorded(3, "pilot-1", "paused", Set.of("EXECUTIVE", "AUDITOR")));
        assertThat(events.of("pilot-1", 2)).extracting(Recorded::payload).containsExactly("registered", "signal");
        assertThat(events.of("portfolio", 0)).isEmpty();
    }

    @Test
    void oneEventIsFoundAtItsOwnPositionAndNothingBeyondTheHead() {
        append("pilot-1", 0, "registered");
        append("portfolio", 0, "budget set");
        append("pilot-1", 1, "paused");

        assertThat(events.at(0)).map(Recorded::payload).contains("registered");
        assertThat(events.at(1)).map(Recorded::aggregateId).contains("portfolio");
        assertThat(events.at(2)).map(Recorded::globalIndex).contains(2L);
        assertThat(events.at(3)).isEmpty();
        assertThat(events.at(-1)).isEmpty();
    }

    private void append(String aggregateId, long sequence, String payload) {
        store.publish(new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, payload,
                MetaData.with(AuditMetaData.ACTOR_ROLES, "EXECUTIVE,AUDITOR")));
    }
}
