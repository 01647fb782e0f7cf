package com.pilotledger.app.decision;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.app.axon.AxonServerWiring;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The database's event table, one aggregate's stream at a time through its (aggregate, sequence) key. */
@Component
@ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "false", matchIfMissing = true)
class JdbcStreamEvents implements StreamEvents {

    private static final String COLUMNS = "global_index, aggregate_identifier, payload_type, payload_revision, payload,"
            + " meta_data";

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final JsonMapper json;

    JdbcStreamEvents(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer, JsonMapper json) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.json = json;
    }

    @Override
    public List<Recorded> of(String aggregateId, long through) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND global_index <= ? ORDER BY sequence_number")
                .params(aggregateId, through)
                .query((row, number) -> recorded(row))
                .list();
    }

    @Override
    public Optional<Recorded> at(long globalIndex) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index = ?")
                .param(globalIndex)
                .query((row, number) -> recorded(row))
                .optional();
    }

    @Override
    public long head() {
        Long head = jdbc.sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        return head == null ? 0 : head;
    }

    private Recorded recorded(ResultSet row) throws SQLException {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(row.getBytes("payload"), byte[].class,
                row.getString("payload_type"), row.getString("payload_revision")));
        byte[] metaData = row.getBytes("meta_data");
        JsonNode roles = metaData == null ? null : json.readTree(metaData).get(AuditMetaData.ACTOR_ROLES);
        return new Recorded(row.getLong("global_index"), row.getString("aggregate_identifier"), payload,
                AuditMetaData.roles(roles == null || roles.isNull() ? null : roles.asString()));
    }
}
