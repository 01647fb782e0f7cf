package com.pilotledger.app.policy;

import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.app.axon.AxonServerWiring;
import com.pilotledger.command.policy.PilotRoster;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Every pilot registered and not killed, from the database's event table itself (never a view, which may be
 * rebuilding): a policy rollout must reach every pilot, and only the events say which exist.
 */
@Component
@ConditionalOnProperty(name = AxonServerWiring.ENABLED, havingValue = "false", matchIfMissing = true)
class JdbcPilotRoster implements PilotRoster {

    private final JdbcClient jdbc;

    JdbcPilotRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> pilotsNotKilled() {
        return jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type = :registered "
                        + "AND aggregate_identifier NOT IN (SELECT aggregate_identifier FROM domain_event_entry "
                        + "WHERE payload_type = :killed) ORDER BY global_index")
                .param("registered", PilotRegistered.class.getName())
                .param("killed", PilotKilled.class.getName())
                .query(String.class)
                .list();
    }
}
