package com.pilotledger.app.axonserver;

import com.pilotledger.app.e2e.AxonServerUnderTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First of the {@code -Paxonserver} suite (its classes run in alphabetical order): without a server at the configured
 * address the suite fails here, with one message that says what to start, before any application is started.
 */
@Tag("axonserver")
class AxonServerReachableTest {

    @Test
    void theConfiguredAxonServerAnswers() {
        assertThat(AxonServerUnderTest.address()).contains(":");
    }
}
