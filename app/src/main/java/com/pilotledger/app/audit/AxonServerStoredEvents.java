package com.pilotledger.app.audit;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.audit.BusinessTime;
import com.pilotledger.app.axon.AxonServerWiring;
import com.pilotledger.app.axon.EventHistory;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Axon Server's event stream, read once up to the head it had when the export began ({@link EventHistory}): its
 * position is the global index, as in the views. Axon Server can be asked for one aggregate's events but not for their
 * positions, so an export of one pilot reads the stream too and keeps that pilot's events. The payload is written again
 * by the application's event serializer, the one that wrote it to the server: the JSON stored, unless an upcaster
 * changed the event on its way out.
 */
@Component
@ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "true")
class AxonServerStoredEvents implements StoredEvents {

    private final EventHistory history;
    private final Serializer eventSerializer;

    AxonServerStoredEvents(EventHistory history, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.history = history;
        this.eventSerializer = eventSerializer;
    }

    @Override
    public void forEach(AuditExportFilter filter, Consumer<StoredEvent> consumer) {
        try (Stream<? extends TrackedEventMessage<?>> events = history.readAll()) {
            events.forEach(event -> {
                DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
                String aggregateId = domain == null ? event.getIdentifier() : domain.getAggregateIdentifier();
                if (filter.aggregateId() != null && !filter.aggregateId().equals(aggregateId)) {
                    return;
                }
                Instant businessTime = businessTime(event);
                SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
                MetaData metaData = event.getMetaData();
                StoredEvent stored = new StoredEvent(event.trackingToken().position().orElseThrow(),
                        event.getIdentifier(), domain == null ? null : domain.getType(), aggregateId,
                        domain == null ? 0 : domain.getSequenceNumber(), payload.getType().getName(),
                        businessTime == null ? null : businessTime.toString(),
                        DateTimeUtils.formatInstant(event.getTimestamp()), text(metaData, AuditMetaData.ACTOR),
                        AuditMetaData.roles(text(metaData, AuditMetaData.ACTOR_ROLES)),
                        text(metaData, AuditMetaData.CORRELATION_ID),
                        new String(payload.getData(), StandardCharsets.UTF_8));
                if (filter.matches(stored, event.getTimestamp(), businessTime)) {
                    consumer.accept(stored);
                }
            });
        }
    }

    /** As on the database: null when the payload cannot be read. */
    private static Instant businessTime(TrackedEventMessage<?> event) {
        try {
            return BusinessTime.of(event.getPayload(), event.getTimestamp());
        } catch (SerializationException unreadable) {
            return null;
        }
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
