package com.pilotledger.app.audit;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.pilot.PilotKilled;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The export over a store that numbers events from 0 without gaps, as Axon Server does (Axon's in-memory store). */
class AxonServerStoredEventsTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final StoredEvents events = new AxonServerStoredEvents(() -> engine.readEvents(null, false),
            JacksonSerializer.builder().objectMapper(com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build())
                    .build());

    @Test
    void everyEventAsStoredWithItsPositionActorAndTimes() {
        Instant decidedAt = Instant.parse("2026-03-01T09:00:00Z");
        engine.appendEvents(new GenericDomainEventMessage<>("Pilot", "pilot-1", 0,
                        new PilotKilled("pilot-1", "No gain", "pam", decidedAt),
                        MetaData.from(Map.of(AuditMetaData.ACTOR, "pam",
                                AuditMetaData.ACTOR_ROLES, "PORTFOLIO_MANAGER", AuditMetaData.CORRELATION_ID, "c-1"))));

        List<StoredEvent> exported = export(new AuditExportFilter(null, null, null, null, null, null));

        assertThat(exported).singleElement().satisfies(event -> {
            assertThat(event.globalIndex()).isZero();
            assertThat(event.aggregateType()).isEqualTo("Pilot");
            assertThat(event.aggregateId()).isEqualTo("pilot-1");
            assertThat(event.sequenceNumber()).isZero();
            assertThat(event.eventType()).isEqualTo(PilotKilled.class.getName());
            assertThat(event.businessTime()).isEqualTo(decidedAt.toString());
            assertThat(Instant.parse(event.recordedAt())).isBeforeOrEqualTo(Instant.now());
            assertThat(event.actor()).isEqualTo("pam");
            assertThat(event.roles()).isEqualTo(Set.of("PORTFOLIO_MANAGER"));
            assertThat(event.correlationId()).isEqualTo("c-1");
            assertThat(event.payload()).contains("\"reason\":\"No gain\"", "\"decidedBy\":\"pam\"");
        });
    }

    @Test
    void anExportOfOneAggregateKeepsItsEventsOnly() {
        engine.appendEvents(killed("pilot-1"), killed("pilot-2"), killed("pilot-3"));

        assertThat(export(new AuditExportFilter("pilot-2", null, null, null, null, null)))
                .extracting(StoredEvent::aggregateId, StoredEvent::globalIndex).containsExactly(
                        tuple("pilot-2", 1L));
        assertThat(export(new AuditExportFilter(null, "PilotKilled", "someone else", null, null, null))).isEmpty();
    }

    private List<StoredEvent> export(AuditExportFilter filter) {
        List<StoredEvent> exported = new ArrayList<>();
        events.forEach(filter, exported::add);
        return exported;
    }

    private static GenericDomainEventMessage<PilotKilled> killed(String pilotId) {
        return new GenericDomainEventMessage<>("Pilot", pilotId, 0, new PilotKilled(pilotId, "No gain", "pam",
                Instant.EPOCH), MetaData.with(AuditMetaData.ACTOR, "pam"));
    }
}
