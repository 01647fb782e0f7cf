package com.pilotledger.app.e2e;

import com.pilotledger.app.projection.ProjectionRebuild;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event one projection cannot store parks its pilot's sequence in that projection alone: every other pilot, and
 * the other projections, go on at normal speed; the pilot shows as stale; once the cause is removed, an
 * administrator's retry brings its views up to date and empties the queue.
 */
class PoisonEventEndToEndTest extends EndToEndTest {

    private static final String POISON = "Evidence the pilot-detail table refuses";
    /** Well under the 5 s read-your-writes timeout: a parked event must not hold anyone's command. */
    private static final long NORMAL_MILLIS = 2_000;

    @Test
    void aPoisonEventParksOnlyItsPilotUntilAnAdministratorRetriesIt() {
        String pilotA = client.post("pam", "/api/pilots", registration("Poisoned", "Stores", "owen", "100000.00"))
                .header("Location");
        String pilotB = client.post("pam", "/api/pilots", registration("Healthy", "Finance", "owen", "200000.00"))
                .header("Location");
        String idA = pilotA.substring(pilotA.lastIndexOf('/') + 1);
        ledger.jdbc().execute("ALTER TABLE pilot_reading ADD CONSTRAINT ck_poison CHECK (evidence <> '" + POISON
                + "')");

        assertThat(timedPost("owen", pilotA + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", POISON)))
                .isLessThan(NORMAL_MILLIS);

        List<JsonNode> parked = parkedOf(idA);
        assertThat(parked).isNotEmpty().allSatisfy(letter -> {
            assertThat(letter.get("processingGroup").asString()).isEqualTo("pilot-detail");
            assertThat(letter.get("sequence").asString()).isEqualTo(idA);
        });
        JsonNode poisoned = parked.get(0);
        assertThat(poisoned.get("eventType").asString()).isEqualTo("SignalRecorded");
        assertThat(poisoned.get("errorType").asString()).isNotBlank();
        assertThat(poisoned.get("errorMessage").asString()).containsIgnoringCase("ck_poison");
        assertThat(poisoned.get("parkedAt").asString()).isNotBlank();
        assertThat(poisoned.get("retries").asInt()).isZero();
        ledger.jdbc().queryForList("SELECT payload, token FROM dead_letter_entry WHERE sequence_identifier = ?", idA)
                .forEach(letter -> assertThat(letter.values()).as("stored as JSON by the Jackson serializers")
                        .allSatisfy(data -> assertThat(new String((byte[]) data, StandardCharsets.UTF_8))
                                .startsWith("{")));

        // Other pilots' commands answer in normal time and their views update; so do the pilot's other views.
        for (int i = 0; i < 3; i++) {
            assertThat(timedPost("owen", pilotB + "/signals", signal("PRODUCTION_ECONOMICS", "ESTABLISHED",
                    "Costs tracked " + i))).isLessThan(NORMAL_MILLIS);
        }
        JsonNode viewB = client.get("ada", pilotB).body();
        assertThat(viewB.get("readings").toString()).contains("Costs tracked 2");
        assertThat(viewB.get("summary").get("stale").asBoolean()).isFalse();
        assertThat(timedPost("owen", pilotA + "/signals", signal("GOVERNANCE_CONTINUITY", "STABILIZING",
                "Approvals named"))).isLessThan(NORMAL_MILLIS);

        JsonNode viewA = client.get("ada", pilotA).body();
        assertThat(viewA.get("summary").get("stale").asBoolean()).isTrue();
        assertThat(viewA.get("summary").get("readings").get("GOVERNANCE_CONTINUITY").asString())
                .as("the board row of the pilot is another group: it goes on").isEqualTo("STABILIZING");
        assertThat(viewA.get("readings").toString()).doesNotContain(POISON).doesNotContain("Approvals named");
        assertThat(boardRow(idA).get("stale").asBoolean()).isTrue();
        assertThat(boardRow(pilotB.substring(pilotB.lastIndexOf('/') + 1)).get("stale").asBoolean()).isFalse();
        assertThat(client.get("ada", "/api/dead-letters").status()).isEqualTo(403);
        PageSession pam = PageSession.signIn(ledger.port(), "pam");
        assertThat(pam.get("/pilots/" + idA).body()).contains("id=\"stale-notice\"");
        // The card's badge (the legend names it on every board): its tooltip says why.
        assertThat(pam.get("/").body()).contains("title=\"An event about this pilot could not be applied to the views");
        assertThat(pam.get("/dead-letters").statusCode()).isEqualTo(403);
        PageSession alex = PageSession.signIn(ledger.port(), "alex");
        assertThat(alex.get("/dead-letters").body()).contains("SignalRecorded").contains("Poisoned")
                .contains("pilot-detail").contains(poisoned.get("errorType").asString());

        // A retry while the cause is still there fails again: still parked, one retry counted.
        JsonNode failedRetry = client.post("alex", "/api/dead-letters/pilot-detail/" + idA + "/retry", "").body();
        assertThat(failedRetry.get("resolved").asBoolean()).isFalse();
        assertThat(failedRetry.get("stillParked").get(0).get("retries").asInt()).isEqualTo(1);

        ledger.jdbc().execute("ALTER TABLE pilot_reading DROP CONSTRAINT ck_poison");
        LedgerClient.Response retry = client.post("alex", "/api/dead-letters/pilot-detail/" + idA + "/retry", "");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("resolved").asBoolean()).isTrue();

        assertThat(parkedOf(idA)).isEmpty();
        assertThat(alex.get("/dead-letters").body()).contains("id=\"no-dead-letters\"");
        assertThat(pam.get("/pilots/" + idA).body()).doesNotContain("stale-notice");
        JsonNode repaired = client.get("ada", pilotA).body();
        assertThat(repaired.get("summary").get("stale").asBoolean()).isFalse();
        assertThat(repaired.get("readings").toString()).contains(POISON).contains("Approvals named");
        assertThat(client.post("alex", "/api/dead-letters/pilot-detail/" + idA + "/retry", "").status())
                .isEqualTo(404);
    }

    @Test
    void aRebuildDropsTheParkedEventsOfTheViewsItReplaysAndParksAgainWhatStillFails() {
        String pilot = client.post("pam", "/api/pilots", registration("Replayed", "Stores", "owen", "100000.00"))
                .header("Location");
        String id = pilot.substring(pilot.lastIndexOf('/') + 1);
        ledger.jdbc().execute("ALTER TABLE pilot_reading ADD CONSTRAINT ck_replayed CHECK (evidence <> 'Refused twice')");
        try {
            client.post("owen", pilot + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Refused twice"));
            List<JsonNode> before = parkedOf(id);
            assertThat(before).isNotEmpty();

            assertThat(ledger.bean(ProjectionRebuild.class).rebuildAll(Duration.ofSeconds(60))).isTrue();

            List<JsonNode> again = parkedOf(id);
            assertThat(again).as("the replay met the same events again and parked them anew")
                    .extracting(letter -> letter.get("eventId").asString())
                    .containsExactlyElementsOf(before.stream().map(letter -> letter.get("eventId").asString())
                            .toList());
            assertThat(again.get(0).get("parkedAt").asString()).isNotEqualTo(before.get(0).get("parkedAt").asString());
            // The replay ran without savepoints: the batch failed whole and was retried in savepoints, so the other
            // views of the parked event and of the events around it are all there.
            assertThat(auditTypesOf(id)).contains("PilotRegistered", "SignalRecorded");
            assertThat(boardRow(id).get("name").asString()).isEqualTo("Replayed");
        } finally {
            ledger.jdbc().execute("ALTER TABLE pilot_reading DROP CONSTRAINT ck_replayed");
        }
        assertThat(ledger.bean(ProjectionRebuild.class).rebuildAll(Duration.ofSeconds(60))).isTrue();
        assertThat(parkedOf(id)).isEmpty();
        assertThat(client.get("ada", pilot).body().get("readings").toString()).contains("Refused twice");
    }

    /**
     * The board writes a batch's rows once, just before the batch commits, where no handler's savepoint can park the
     * event the database refuses: the batch fails once, and its retry writes each event at once, so the refused one
     * is parked alone and the board goes on for every other event.
     */
    @Test
    void anEventTheBoardsBatchWriteRefusesIsParkedAloneOnTheRetry() {
        String pilotA = client.post("pam", "/api/pilots", registration("Refused", "Stores", "owen", "100000.00"))
                .header("Location");
        String pilotB = client.post("pam", "/api/pilots", registration("Accepted", "Finance", "owen", "200000.00"))
                .header("Location");
        String idA = pilotA.substring(pilotA.lastIndexOf('/') + 1);
        String idB = pilotB.substring(pilotB.lastIndexOf('/') + 1);
        ledger.jdbc().execute("ALTER TABLE board_pilot ADD CONSTRAINT ck_board_refuses CHECK "
                + "(portfolio_coordination IS NULL OR portfolio_coordination <> 'UNSETTLED')");
        try {
            assertThat(client.post("owen", pilotA + "/signals", signal("PORTFOLIO_COORDINATION", "UNSETTLED",
                    "Shares nothing yet")).status()).isIn(200, 202);

            JsonNode letter = within(Duration.ofSeconds(60), () -> parkedOf(idA).stream().findFirst().orElse(null));
            assertThat(letter.get("processingGroup").asString()).isEqualTo("portfolio-board");
            assertThat(letter.get("eventType").asString()).isEqualTo("SignalRecorded");
            assertThat(letter.get("errorMessage").asString()).as("the statement refused, cut to the column's length")
                    .contains("UPDATE board_pilot");
            assertThat(timedPost("owen", pilotB + "/signals", signal("PORTFOLIO_COORDINATION", "STABILIZING",
                    "Shares the data platform"))).isLessThan(NORMAL_MILLIS);
            assertThat(boardRow(idB).get("readings").get("PORTFOLIO_COORDINATION").asString())
                    .isEqualTo("STABILIZING");
            assertThat(boardRow(idB).get("stale").asBoolean()).isFalse();
            assertThat(boardRow(idA).get("stale").asBoolean()).isTrue();
            assertThat(client.get("ada", pilotA).body().get("readings").toString())
                    .as("the pilot's other views go on").contains("Shares nothing yet");
        } finally {
            ledger.jdbc().execute("ALTER TABLE board_pilot DROP CONSTRAINT ck_board_refuses");
        }
        JsonNode retry = client.post("alex", "/api/dead-letters/portfolio-board/" + idA + "/retry", "").body();
        assertThat(retry.get("resolved").asBoolean()).as(retry.toString()).isTrue();
        assertThat(boardRow(idA).get("readings").get("PORTFOLIO_COORDINATION").asString()).isEqualTo("UNSETTLED");
    }

    private List<String> auditTypesOf(String pilotId) {
        return ledger.jdbc().queryForList("SELECT event_type FROM audit_entry WHERE pilot_id = ?", String.class,
                pilotId);
    }

    private List<JsonNode> parkedOf(String sequence) {
        return parked().stream().filter(letter -> letter.get("sequence").asString().equals(sequence)).toList();
    }

    private long timedPost(String user, String path, Object body) {
        long started = System.nanoTime();
        assertThat(client.post(user, path, body).status()).isEqualTo(200);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private List<JsonNode> parked() {
        LedgerClient.Response response = client.get("alex", "/api/dead-letters");
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.body().spliterator(), false).toList();
    }

    private JsonNode boardRow(String pilotId) {
        return StreamSupport.stream(client.get("ada", "/api/pilots").body().get("rows").spliterator(), false)
                .filter(row -> row.get("pilotId").asString().equals(pilotId)).findFirst().orElseThrow();
    }
}
