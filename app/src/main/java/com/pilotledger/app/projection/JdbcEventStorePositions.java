package com.pilotledger.app.projection;

import com.pilotledger.app.axon.AxonServerWiring;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Positions in the database's event store: the global index, found by the events' unique identifiers. */
@Component
@ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "false", matchIfMissing = true)
public class JdbcEventStorePositions implements EventStorePositions {

    private final NamedParameterJdbcTemplate jdbc;

    public JdbcEventStorePositions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> of(Collection<String> eventIds) {
        Map<String, Long> positions = new HashMap<>();
        if (eventIds.isEmpty()) {
            return positions;
        }
        jdbc.query("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier IN (:ids)",
                Map.of("ids", eventIds), row -> {
                    positions.put(row.getString(1), row.getLong(2));
                });
        return positions;
    }
}
