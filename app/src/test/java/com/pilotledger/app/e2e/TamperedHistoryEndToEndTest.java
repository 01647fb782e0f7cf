package com.pilotledger.app.e2e;

import com.pilotledger.app.integrity.EventSealer;
import com.pilotledger.app.projection.HistoryFailsVerificationException;
import com.pilotledger.app.projection.ProjectionRebuild;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A history tampered with in SQL, for good: the application's own verification finds it, health turns DOWN, the audit
 * page shows it in red, and a rebuild refuses to replay it, so the views keep what they held rather than serving the
 * tampering as the truth (a flipped digit of a commitment once showed 5,600,000 committed against a 5,000,000 budget).
 */
@Tag("sealed-log")
class TamperedHistoryEndToEndTest extends EndToEndTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--demo"};
    }

    @Test
    void aTamperedHistoryIsReportedAndNeverRebuiltIntoTheViews() {
        ledger.bean(EventSealer.class).checkpointNow();
        assertThat(client.post("ada", "/api/integrity/verification", null).body().at("/status").asString())
                .isEqualTo("INTACT");
        List<Map<String, Object>> capitalBefore = ledger.rows("capital_pilot", "pilot_id");
        Map<String, Object> commitment = ledger.jdbc().queryForMap("SELECT global_index, event_identifier, payload"
                + " FROM domain_event_entry WHERE payload_type LIKE '%.CapitalCommitted' ORDER BY global_index LIMIT 1");
        ledger.jdbc().update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                SealedLogEndToEndTest.flipDigit((byte[]) commitment.get("payload")), commitment.get("global_index"));

        JsonNode verification = client.post("ada", "/api/integrity/verification", null).body();
        assertThat(verification.at("/status").asString()).isEqualTo("TAMPERED");
        assertThat(verification.at("/findings/0/problem").asString()).isEqualTo("EVENT_ALTERED");
        assertThat(verification.at("/findings/0/globalIndex").asLong())
                .isEqualTo(((Number) commitment.get("global_index")).longValue());
        assertThat(verification.at("/findings/0/eventId").asString()).isEqualTo(commitment.get("event_identifier"));

        JsonNode health = client.get("alex", "/actuator/health").body();
        assertThat(health.at("/status").asString()).isEqualTo("DOWN");
        assertThat(health.at("/components/ledgerIntegrity/status").asString()).isEqualTo("DOWN");
        assertThat(health.at("/components/ledgerIntegrity/details/firstFinding").asString())
                .contains("altered event at global index " + commitment.get("global_index"));
        assertThat(PageSession.signIn(ledger.port(), "ada").get("/audit").body())
                .contains("altered event at global index " + commitment.get("global_index"));

        assertThatThrownBy(() -> ledger.bean(ProjectionRebuild.class).rebuildAll(Duration.ofSeconds(60)))
                .isInstanceOf(HistoryFailsVerificationException.class)
                .hasMessageContaining("altered event at global index " + commitment.get("global_index"));
        assertThat(ledger.rows("capital_pilot", "pilot_id")).as("the views keep what they held")
                .isEqualTo(capitalBefore);
    }
}
