package com.pilotledger.app.e2e;

import com.pilotledger.app.projection.ProjectionCatchUp;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration whose views lag behind (a burst of writes; here the read models are stopped) is still a
 * registration: 202 with the pilot's location, never a 404 for a pilot that was just registered.
 */
class LaggingViewsEndToEndTest extends EndToEndTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--pilot-ledger.projections.read-your-writes-timeout=300ms"};
    }

    @Test
    void aRegistrationTheViewsDoNotShowYetIsAcceptedAtItsLocation() {
        EventProcessor readModels = ledger.bean(EventProcessingConfiguration.class).eventProcessor("read-models")
                .orElseThrow();
        long events = ledger.eventCount();
        readModels.shutDown();
        LedgerClient.Response registered;
        try {
            registered = client.post("pam", "/api/pilots", registration("Shelf scanning", "Stores", "owen",
                    "80000.00"));
        } finally {
            readModels.start();
        }

        assertThat(registered.status()).isEqualTo(202);
        assertThat(registered.header("Location")).startsWith("/api/pilots/");
        assertThat(ledger.eventCount()).as("registered, owned by owen, first recommendation").isEqualTo(events + 3);
        assertThat(ledger.bean(ProjectionCatchUp.class).awaitCurrentHead(Duration.ofSeconds(30))).isTrue();
        assertThat(client.get("ada", registered.header("Location")).body().at("/summary/name").asString())
                .isEqualTo("Shelf scanning");
    }
}
