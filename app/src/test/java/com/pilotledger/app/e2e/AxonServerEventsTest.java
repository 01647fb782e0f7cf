package com.pilotledger.app.e2e;

import com.pilotledger.command.policy.PilotRoster;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.List;

import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features that read the event store itself, over Axon Server (the {@code -Paxonserver} suite only): the audit
 * export, a decision's context and the roster a policy rollout reaches read the server's events, which the database's
 * event table does not hold; and the sealed log, which is not kept there, answers 409.
 */
@Tag("axonserver")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AxonServerEventsTest {

    private final JsonMapper json = new JsonMapper();
    private RunningLedger ledger;
    private LedgerClient client;
    private String pausedPilot;
    private String killedPilot;

    @BeforeAll
    void pauseOnePilotAndKillAnother() {
        ledger = new RunningLedger();
        client = ledger.client();
        pausedPilot = register("Shelf gaps");
        killedPilot = register("Markdown timing");
        assertThat(client.post("pam", "/api/pilots/" + pausedPilot + "/pause", reason("Ownership unsettled"))
                .status()).isEqualTo(200);
        assertThat(client.post("pam", "/api/pilots/" + killedPilot + "/kill", reason("No measurable gain"))
                .status()).isEqualTo(200);
        assertThat(ledger.eventCount()).as("the events are in Axon Server, not in the database").isZero();
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    @Test
    void theAuditExportListsThePilotsEventsFromAxonServerInStoreOrder() {
        List<? extends DomainEventMessage<?>> stored =
                ledger.bean(EventStore.class).readEvents(pausedPilot).asStream().toList();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(2);

        LedgerClient.Response export = client.get("ada", "/api/audit/export.jsonl?aggregateId=" + pausedPilot);
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        List<JsonNode> lines = Arrays.stream(export.text().split("\n")).map(json::readTree).toList();
        assertThat(lines).extracting(line -> line.at("/eventId").asString())
                .containsExactlyElementsOf(stored.stream().map(DomainEventMessage::getIdentifier).toList());
        assertThat(lines).extracting(line -> line.at("/sequenceNumber").asLong())
                .containsExactlyElementsOf(stored.stream().map(DomainEventMessage::getSequenceNumber).toList());
        assertThat(lines.get(0).at("/eventType").asString()).isEqualTo("com.pilotledger.api.pilot.PilotRegistered");
        assertThat(lines.get(0).at("/actor").asString()).isEqualTo("pam");
        assertThat(lines.get(0).at("/payload/pilotId").asString()).isEqualTo(pausedPilot);
        assertThat(lines).extracting(line -> line.at("/globalIndex").asLong()).isSorted().doesNotHaveDuplicates();

        LedgerClient.Response everything = client.get("ada", "/api/audit/export.jsonl");
        assertThat(everything.text().split("\n")).hasSizeGreaterThan(lines.size());
    }

    @Test
    void aDecisionsContextIsReplayedFromAxonServerAndFoundAgainByItsGlobalIndex() {
        LedgerClient.Response contexts = client.get("ada", "/api/pilots/" + pausedPilot + "/decisions/context");
        assertThat(contexts.status()).as(contexts.text()).isEqualTo(200);
        JsonNode pause = contexts.body().get(0);
        assertThat(contexts.body().findValuesAsString("act")).containsExactly("PAUSE");
        assertThat(pause.at("/decidedBy").asString()).isEqualTo("pam");
        assertThat(pause.at("/reason").asString()).isEqualTo("Ownership unsettled");

        LedgerClient.Response one = client.get("ada", "/api/audit/decisions/" + pause.at("/globalIndex").asLong()
                + "/context");
        assertThat(one.status()).as(one.text()).isEqualTo(200);
        assertThat(one.body()).isEqualTo(pause);
        assertThat(client.get("ada", "/api/audit/decisions/999999999/context").status()).isEqualTo(404);
        assertThat(client.get("ada", "/api/pilots/no-such-pilot/decisions/context").status()).isEqualTo(404);
    }

    @Test
    void thePolicyRosterHoldsEveryPilotRegisteredInAxonServerAndNotKilled() {
        List<String> roster = ledger.bean(PilotRoster.class).pilotsNotKilled();

        assertThat(roster).contains(pausedPilot).doesNotContain(killedPilot);
    }

    @Test
    void theSealedLogIsNotKeptSoVerificationAndEvidencePacksAnswer409() {
        for (LedgerClient.Response refused : List.of(client.post("ada", "/api/integrity/verification", ""),
                client.get("ada", "/api/integrity/verification"), client.get("ada", "/api/integrity/checkpoints"),
                client.get("ada", "/api/audit/evidence-pack?pilotId=" + pausedPilot))) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body().at("/code").asString()).isEqualTo("SEALED_LOG_NOT_KEPT");
        }
    }

    private String register(String name) {
        LedgerClient.Response registered = client.post("pam", "/api/pilots",
                registration(name, "Merchandising", "owen", "100000.00"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        return registered.header("Location").substring("/api/pilots/".length());
    }
}
