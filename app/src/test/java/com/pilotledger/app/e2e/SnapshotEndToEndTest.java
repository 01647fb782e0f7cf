package com.pilotledger.app.e2e;

import com.pilotledger.api.capital.CommitCapital;
import com.pilotledger.api.pilot.CompleteInvestmentAuthorization;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates loaded from a snapshot decide exactly as when loaded from all their events: with a snapshot every three
 * events, a pilot and the portfolio's capital are restored, after a restart, from snapshots holding their readings,
 * remembered idempotency keys, authorized and settled requests, commitments and kill, and every rule still holds.
 */
class SnapshotEndToEndTest extends EndToEndTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--pilot-ledger.snapshots.threshold=3"};
    }

    @Test
    void aPilotAndThePortfolioCapitalRestoredFromSnapshotsKeepEveryRule() {
        String pilot = client.post("pam", "/api/pilots", registration("Returns triage", "Customer service", "owen",
                "400000.00")).header("Location");
        Map<String, String> key = Map.of("Idempotency-Key", "snapshot-signal-1");
        client.post("owen", pilot + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Service owns it"), key);
        client.post("owen", pilot + "/signals", signal("GOVERNANCE_CONTINUITY", "ESTABLISHED", "Approvals formal"));
        client.post("owen", pilot + "/signals", signal("PRODUCTION_ECONOMICS", "STABILIZING", "Cost per case tracked"));
        client.post("owen", pilot + "/signals", signal("DEPLOYMENT_SEQUENCING", "STABILIZING", "One region first"));
        assertThat(client.post("eve", pilot + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "300000.00", "Bounded scope", null)).status()).isEqualTo(200);
        String other = client.post("pam", "/api/pilots", registration("Invoice matching", "Finance", "owen",
                "200000.00")).header("Location");
        assertThat(client.post("eve", other + "/authorizations", authorization("CONTROLLED_INVESTMENT", "150000.00",
                "Bounded scope", "Finance accepts the risk")).status()).isEqualTo(200);
        client.post("pam", other + "/kill", reason("Vendor left the market"));
        assertThat(snapshotted()).contains(id(pilot), id(other)).hasSizeGreaterThanOrEqualTo(3);
        String authorized = requestOf(pilot);
        String cancelled = requestOf(other);

        ledger.stop();
        ledger.start();
        client = ledger.client();

        long events = ledger.eventCount();
        // The recorded answers forgotten (as after their retention), the retry reaches the pilot: its memory decides.
        ledger.jdbc().update("DELETE FROM idempotency_record");
        client.post("owen", pilot + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Service owns it"), key);
        assertThat(ledger.eventCount()).as("a retry remembered in the snapshot appends nothing").isEqualTo(events);
        CommandGateway commands = ledger.bean(CommandGateway.class);
        commands.sendAndWait(new CompleteInvestmentAuthorization(id(pilot), authorized, null, null, null, Instant.now()));
        commands.sendAndWait(new CommitCapital(authorized, Instant.now()));
        commands.sendAndWait(new CommitCapital(cancelled, Instant.now()));
        assertThat(ledger.eventCount()).as("steps of the authorization process repeated after a restart")
                .isEqualTo(events);
        assertThat(client.post("owen", other + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Too late"))
                .body().at("/code").asString()).isEqualTo("PILOT_KILLED");
        LedgerClient.Response later = client.post("owen", pilot + "/signals",
                signal("PRODUCTION_ECONOMICS", "ESTABLISHED", "Finance signed off the run rate"));
        assertThat(later.body().at("/summary/readings/OPERATIONAL_OWNERSHIP").asString()).isEqualTo("ESTABLISHED");
        assertThat(later.body().at("/summary/recommendedPosture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(new BigDecimal(client.get("ada", "/api/capital").body().at("/available/amount").asString()))
                .as("budget 5,000,000 less the 300,000 committed; the killed pilot's 150,000 was released")
                .isEqualByComparingTo("4700000");
        assertThat(client.post("eve", pilot + "/authorizations", authorization("CONTROLLED_INVESTMENT", "350000.00",
                "Second region", null)).status()).as("the capital restored from its snapshot decides").isEqualTo(200);
        assertThat(new BigDecimal(client.get("ada", "/api/capital").body().at("/committed/amount").asString()))
                .isEqualByComparingTo("350000");
    }

    /**
     * The pilot's snapshot state has a revision (4: it keeps when each counting reading was observed, the evidence
     * beside the readings, and its owners, so a pilot loaded from its snapshot still knows who records for it); a
     * snapshot of another revision, as stored before, is ignored and the pilot is rebuilt from its events. A snapshot
     * doctored to say the pilot was killed shows which one decided.
     */
    @Test
    void aSnapshotOfAnotherRevisionOfThePilotIsIgnoredAndThePilotRebuiltFromItsEvents() {
        String pilot = client.post("pam", "/api/pilots", registration("Fraud review", "Risk", "owen", "200000.00"))
                .header("Location");
        client.post("owen", pilot + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Risk owns it"));
        client.post("owen", pilot + "/signals", signal("GOVERNANCE_CONTINUITY", "STABILIZING", "Approvals drafted"));
        client.post("owen", pilot + "/signals", signal("PORTFOLIO_COORDINATION", "STABILIZING", "Shared queue"));
        assertThat(snapshotted()).contains(id(pilot));
        assertThat(ledger.jdbc().queryForObject("SELECT payload_revision FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, id(pilot))).isEqualTo("4");
        assertThat(client.post("owen", pilot + "/signals", signal("OPERATIONAL_RESILIENCE", "STABILIZING",
                "Fallback tested")).status()).as("its owner, known from the snapshot").isEqualTo(200);

        doctorSnapshotAsKilled(id(pilot));
        assertThat(client.post("owen", pilot + "/signals", signal("PRODUCTION_ECONOMICS", "STABILIZING", "Costs"))
                .body().at("/code").asString()).as("a snapshot of the current revision decides")
                .isEqualTo("PILOT_KILLED");

        ledger.jdbc().update("UPDATE snapshot_event_entry SET payload_revision = NULL WHERE aggregate_identifier = ?",
                id(pilot));
        LedgerClient.Response accepted = client.post("owen", pilot + "/signals",
                signal("PRODUCTION_ECONOMICS", "STABILIZING", "Costs"));
        assertThat(accepted.status()).as("a snapshot of an earlier revision is ignored").isEqualTo(200);
        assertThat(accepted.body().at("/summary/readings/OPERATIONAL_OWNERSHIP").asString()).isEqualTo("ESTABLISHED");
    }

    private void doctorSnapshotAsKilled(String pilotId) {
        String state = new String(ledger.jdbc().queryForObject("SELECT payload FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ?", byte[].class, pilotId), StandardCharsets.UTF_8);
        assertThat(state).contains("\"killed\":false");
        ledger.jdbc().update("UPDATE snapshot_event_entry SET payload = ? WHERE aggregate_identifier = ?",
                state.replace("\"killed\":false", "\"killed\":true").getBytes(StandardCharsets.UTF_8), pilotId);
    }

    private String requestOf(String pilot) {
        return ledger.jdbc().queryForObject("SELECT request_id FROM capital_request WHERE pilot_id = ?", String.class,
                id(pilot));
    }

    private List<String> snapshotted() {
        return ledger.jdbc().queryForList("SELECT DISTINCT aggregate_identifier FROM snapshot_event_entry",
                String.class);
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
