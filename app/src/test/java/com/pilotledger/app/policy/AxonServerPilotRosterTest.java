package com.pilotledger.app.policy;

import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AxonServerPilotRosterTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final AxonServerPilotRoster roster = new AxonServerPilotRoster(() -> engine.readEvents(null, false));

    @Test
    void everyPilotRegisteredAndNotKilledInTheOrderTheyWereRegistered() {
        registered("pilot-b");
        registered("pilot-a");
        registered("pilot-killed");
        append("pilot-b", 1, new PilotPaused("pilot-b", "Ownership unsettled", null, "pam", Instant.EPOCH));
        append("pilot-killed", 1, new PilotKilled("pilot-killed", "No gain", "pam", Instant.EPOCH));

        assertThat(roster.pilotsNotKilled()).containsExactly("pilot-b", "pilot-a");
    }

    @Test
    void anEmptyStoreHasNoPilot() {
        assertThat(roster.pilotsNotKilled()).isEmpty();
    }

    private void registered(String pilotId) {
        append(pilotId, 0, new PilotRegistered(pilotId, "Shelf gaps", "Merchandising", "VP", "owen", "Gaps",
                "Heuristic", "15% better", null, "No gain by day 75", "pam", Instant.EPOCH, null));
    }

    private void append(String pilotId, long sequence, Object payload) {
        engine.appendEvents(new GenericDomainEventMessage<>("Pilot", pilotId, sequence, payload));
    }
}
