package com.pilotledger.app.audit;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.audit.BusinessTime;
import com.pilotledger.app.axon.AxonServerWiring;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The database's event table ({@code domain_event_entry}) in the order of its global index, one row at a time through
 * a database cursor. A range of recording times and an aggregate are narrowed by the database; a range of business
 * times is checked on each event's payload.
 */
@Component
@ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "false", matchIfMissing = true)
class JdbcStoredEvents implements StoredEvents {

    /** Rows fetched per round trip; PostgreSQL streams with a cursor only inside a transaction and with a fetch size. */
    private static final int FETCH_SIZE = 500;
    /**
     * Axon writes times as ISO-8601 text with 3 to 9 fraction digits, so text order is time order only down to the
     * second: the database narrows the range by its first 19 characters, and the exact bound is checked on each row.
     */
    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Serializer eventSerializer;

    JdbcStoredEvents(JdbcClient jdbc, JsonMapper json,
                            @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.jdbc = jdbc;
        this.json = json;
        this.eventSerializer = eventSerializer;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEach(AuditExportFilter filter, Consumer<StoredEvent> consumer) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.aggregateId() != null) {
            conditions.add("aggregate_identifier = :aggregateId");
            parameters.put("aggregateId", filter.aggregateId());
        }
        if (filter.recordedRange() && filter.from() != null) {
            conditions.add("time_stamp >= :from");
            parameters.put("from", TO_THE_SECOND.format(filter.from()));
        }
        if (filter.recordedRange() && filter.to() != null) {
            conditions.add("time_stamp < :to");
            Instant to = filter.to();
            parameters.put("to", TO_THE_SECOND.format(to.getNano() == 0 ? to : to.truncatedTo(ChronoUnit.SECONDS)
                    .plusSeconds(1)));
        }
        jdbc.sql("SELECT global_index, event_identifier, type, aggregate_identifier, sequence_number, payload_type, "
                        + "payload_revision, time_stamp, payload, meta_data FROM domain_event_entry"
                        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY global_index")
                .params(parameters)
                .withFetchSize(FETCH_SIZE)
                .query(row -> {
                    JsonNode metaData = metaData(row.getBytes("meta_data"));
                    byte[] payload = row.getBytes("payload");
                    Instant recordedAt = Instant.parse(row.getString("time_stamp"));
                    Instant businessTime = businessTime(payload, row.getString("payload_type"),
                            row.getString("payload_revision"), recordedAt);
                    StoredEvent event = new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"),
                            row.getString("type"), row.getString("aggregate_identifier"),
                            row.getLong("sequence_number"), row.getString("payload_type"),
                            businessTime == null ? null : businessTime.toString(), row.getString("time_stamp"),
                            text(metaData, AuditMetaData.ACTOR),
                            AuditMetaData.roles(text(metaData, AuditMetaData.ACTOR_ROLES)),
                            text(metaData, AuditMetaData.CORRELATION_ID), new String(payload, StandardCharsets.UTF_8));
                    if (filter.matches(event, recordedAt, businessTime)) {
                        consumer.accept(event);
                    }
                });
    }

    /**
     * When the event happened in the business, read from its payload ({@link BusinessTime}); null when the payload
     * cannot be read (an export still lists an altered event, as stored, for the auditor to see).
     */
    private Instant businessTime(byte[] payload, String type, String revision, Instant recordedAt) {
        try {
            Object event = eventSerializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class, type,
                    revision));
            return BusinessTime.of(event, recordedAt);
        } catch (SerializationException unreadable) {
            return null;
        }
    }

    private JsonNode metaData(byte[] stored) {
        return stored == null ? json.missingNode() : json.readTree(stored);
    }

    private static String text(JsonNode metaData, String key) {
        JsonNode value = metaData.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }
}
