package com.pilotledger.app.audit;

import com.pilotledger.api.audit.AuditMetaData;
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
 * Reads the event store itself ({@code domain_event_entry}), not a view: every event, in the order of its global
 * index, one row at a time through a database cursor, so an export of any length holds only the current row in memory.
 */
@Component
public class EventStoreReader {

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

    public EventStoreReader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public void forEach(AuditExportFilter filter, Consumer<StoredEvent> consumer) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.aggregateId() != null) {
            conditions.add("aggregate_identifier = :aggregateId");
            parameters.put("aggregateId", filter.aggregateId());
        }
        if (filter.from() != null) {
            conditions.add("time_stamp >= :from");
            parameters.put("from", TO_THE_SECOND.format(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("time_stamp < :to");
            Instant to = filter.to();
            parameters.put("to", TO_THE_SECOND.format(to.getNano() == 0 ? to : to.truncatedTo(ChronoUnit.SECONDS)
                    .plusSeconds(1)));
        }
        jdbc.sql("SELECT global_index, event_identifier, type, aggregate_identifier, sequence_number, payload_type, "
                        + "time_stamp, payload, meta_data FROM domain_event_entry"
                        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY global_index")
                .params(parameters)
                .withFetchSize(FETCH_SIZE)
                .query(row -> {
                    JsonNode metaData = metaData(row.getBytes("meta_data"));
                    StoredEvent event = new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"),
                            row.getString("type"), row.getString("aggregate_identifier"),
                            row.getLong("sequence_number"), row.getString("payload_type"),
                            row.getString("time_stamp"), text(metaData, AuditMetaData.ACTOR),
                            AuditMetaData.roles(text(metaData, AuditMetaData.ACTOR_ROLES)),
                            text(metaData, AuditMetaData.CORRELATION_ID),
                            new String(row.getBytes("payload"), StandardCharsets.UTF_8));
                    if (filter.matches(event, Instant.parse(event.occurredAt()))) {
                        consumer.accept(event);
                    }
                });
    }

    private JsonNode metaData(byte[] stored) {
        return stored == null ? json.missingNode() : json.readTree(stored);
    }

    private static String text(JsonNode metaData, String key) {
        JsonNode value = metaData.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }
}
