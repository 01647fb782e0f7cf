package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board and a pilot answer with a weak ETag; a client that sends it back gets 304 until the views change, and
 * each user has their own (what a page offers depends on the role).
 */
class ConditionalGetEndToEndTest extends EndToEndTest {

    @Test
    void theBoardAndAPilotAreNotSentAgainUntilASignalChangesThem() {
        String pilot = client.post("pam", "/api/pilots", registration("Returns triage", "Stores", "owen",
                "50000.00")).header("Location");

        for (String path : new String[] {"/api/pilots", pilot, "/api/pilots?sort=CAPITAL_REQUESTED&direction=desc"}) {
            LedgerClient.Response first = client.get("ada", path);
            String etag = first.header("ETag");
            assertThat(first.status()).isEqualTo(200);
            assertThat(etag).startsWith("W/\"");

            LedgerClient.Response again = client.get("ada", path, Map.of("If-None-Match", etag));
            assertThat(again.status()).isEqualTo(304);
            assertThat(again.text()).isEmpty();

            assertThat(client.get("eve", path).header("ETag")).isNotEqualTo(etag);
        }
        String boardTag = client.get("ada", "/api/pilots").header("ETag");
        String pilotTag = client.get("ada", pilot).header("ETag");

        assertThat(client.post("owen", pilot + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED",
                "Returns desk owns triage")).status()).isEqualTo(200);

        LedgerClient.Response board = client.get("ada", "/api/pilots", Map.of("If-None-Match", boardTag));
        LedgerClient.Response detail = client.get("ada", pilot, Map.of("If-None-Match", pilotTag));
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.header("ETag")).isNotEqualTo(boardTag);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.header("ETag")).isNotEqualTo(pilotTag);
        assertThat(detail.text()).contains("Returns desk owns triage");
    }
}
