package com.pilotledger.app.e2e;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pilot ownership over HTTP: a pilot owner records evidence for the pilots they own and is refused, with a problem and
 * nothing appended, for the others; portfolio managers assign and remove owners (API and page), repeated or not; the
 * board filters "my pilots".
 */
class PilotOwnershipEndToEndTest extends EndToEndTest {

    @Test
    void theOwnerOfPilotARecordsForAAndIsRefusedForBWithNothingAppended() {
        String owned = register("Shelf gap detection", true);
        String other = register("Invoice matching", false);

        LedgerClient.Response recorded = client.post("owen", owned + "/signals",
                signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Store operations owns it"));
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.body().at("/owners").toString()).isEqualTo("[\"owen\"]");

        long before = ledger.eventCount();
        LedgerClient.Response refused = client.post("owen", other + "/signals",
                signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Finance owns it"));
        assertRefusedAsNotOwner(refused);
        assertRefusedAsNotOwner(client.post("owen", other + "/checklist", Map.of(
                "criterion", "LONG_TERM_ACCOUNTABILITY_DEFINED", "status", "COMPLETE", "evidence", "Named")));
        assertRefusedAsNotOwner(client.post("owen", other + "/metrics", batch("owen-1")));
        assertThat(ledger.eventCount()).as("a refusal appends nothing").isEqualTo(before);
        assertThat(eventTypes(other)).doesNotContain("SignalRecorded", "ChecklistItemAssessed", "MetricPointsRecorded");

        assertThat(client.post("pam", other + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED",
                "Finance owns it")).status()).as("a portfolio manager records for any pilot").isEqualTo(200);
        assertThat(client.post("monitor", other + "/metrics", batch("monitor-1")).status())
                .as("a monitoring system sends points for any pilot").isEqualTo(200);
    }

    @Test
    void aPortfolioManagerAssignsAndRemovesAnOwnerAndARepeatChangesNothing() {
        String pilot = register("Returns triage", false);
        String owen = pilot + "/owners/owen";

        LedgerClient.Response assigned = client.put("pam", owen, "");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.body().at("/owners").toString()).isEqualTo("[\"owen\"]");
        long afterAssignment = ledger.eventCount();
        assertThat(client.put("pam", owen, "").status()).isEqualTo(200);
        assertThat(ledger.eventCount()).as("assigned twice: nothing more").isEqualTo(afterAssignment);
        assertThat(client.post("owen", pilot + "/signals", signal("GOVERNANCE_CONTINUITY", "STABILIZING",
                "Approvals drafted")).status()).isEqualTo(200);

        LedgerClient.Response removed = client.delete("pam", owen);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().at("/owners").size()).isZero();
        long afterRemoval = ledger.eventCount();
        assertThat(client.delete("pam", owen).status()).isEqualTo(200);
        assertThat(ledger.eventCount()).as("removed twice: nothing more").isEqualTo(afterRemoval);
        assertRefusedAsNotOwner(client.post("owen", pilot + "/signals", signal("GOVERNANCE_CONTINUITY",
                "ESTABLISHED", "Approvals signed")));
        assertThat(eventTypes(pilot)).containsSubsequence("PilotOwnerAssigned", "SignalRecorded", "PilotOwnerRemoved");
        assertThat(client.get("ada", pilot + "/history").body().toString())
                .contains("owen became an owner of the pilot", "owen is no longer an owner of the pilot");
    }

    @Test
    void onlyPortfolioManagersAssignOwnersAndANameOrPilotThatIsNoneIsRefused() {
        String pilot = register("Claims routing", false);
        assertThat(client.put("owen", pilot + "/owners/owen", "").status()).isEqualTo(403);
        assertThat(client.delete("eve", pilot + "/owners/owen").status()).isEqualTo(403);
        LedgerClient.Response badName = client.put("pam", pilot + "/owners/no%20spaces", "");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.header("Content-Type")).startsWith("application/problem+json");
        LedgerClient.Response unknown = client.put("pam", "/api/pilots/no-such-pilot/owners/owen", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().at("/code").asString()).isEqualTo("PILOT_NOT_FOUND");
    }

    @Test
    void theBoardShowsMyPilotsBesideTheOperationalOwnerFilter() {
        String mine = register("Store labour forecast", true);
        String notMine = register("Store labour audit", false);

        List<String> owensPilots = pilotIds(client.get("owen", "/api/pilots?mine=true&size=200").body());
        assertThat(owensPilots).contains(id(mine)).doesNotContain(id(notMine));
        assertThat(pilotIds(client.get("pam", "/api/pilots?mine=true&size=200").body()))
                .as("pam owns no pilot").isEmpty();
        assertThat(pilotIds(client.get("owen", "/api/pilots?owner=Grace%20Liu&size=200").body()))
                .as("the operational owner named at registration").contains(id(mine), id(notMine));

        String page = PageSession.signIn(ledger.port(), "owen").get("/?mine=true").body();
        assertThat(page).contains("My pilots", "Operational owner", "Store labour forecast")
                .doesNotContain("Store labour audit");
    }

    @Test
    void thePilotPageListsOwnersLetsAPortfolioManagerAssignThemAndOffersEvidenceFormsToOwnersOnly() {
        String pilot = register("Markdown timing", false);
        String page = pilot.replace("/api", "");
        PageSession owen = PageSession.signIn(ledger.port(), "owen");
        assertThat(owen.get(page).body()).contains("No pilot owner yet").doesNotContain("Record a signal",
                "Assess a checklist item", "Assign owner");

        PageSession pam = PageSession.signIn(ledger.port(), "pam");
        HttpResponse<String> assigned = pam.submit(page, page + "/owners", "pilotOwner=owen");
        assertThat(assigned.statusCode()).isEqualTo(302);
        assertThat(pam.get(page).body()).contains("Assign owner", "owen owns this pilot");
        assertThat(owen.get(page).body()).contains("Record a signal", "Assess a checklist item")
                .doesNotContain("Assign owner");

        HttpResponse<String> invalid = pam.submit(page, page + "/owners", "pilotOwner=not+a+name");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("must be a user name");

        assertThat(pam.submit(page, page + "/owners/owen/removal").statusCode()).isEqualTo(302);
        assertThat(client.get("ada", pilot).body().at("/owners").size()).isZero();
        HttpResponse<String> refused = owen.submit(page, page + "/signals",
                "domain=OPERATIONAL_OWNERSHIP&level=ESTABLISHED&evidence=Posted+directly");
        assertThat(refused.statusCode()).as("refused in words on the page").isEqualTo(200);
        assertThat(refused.body()).contains("owen is not an owner of this pilot");
        assertThat(owen.submit(page, page + "/owners", "pilotOwner=owen").statusCode())
                .as("only portfolio managers assign").isEqualTo(403);
    }

    private String register(String name, boolean ownedByOwen) {
        Map<String, Object> body = new HashMap<>(registration(name, "Stores", "Grace Liu", "300000.00"));
        if (!ownedByOwen) {
            body.remove("owners");
        }
        LedgerClient.Response registered = client.post("pam", "/api/pilots", body);
        assertThat(registered.status()).isEqualTo(201);
        return registered.header("Location");
    }

    private static void assertRefusedAsNotOwner(LedgerClient.Response response) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().at("/code").asString()).isEqualTo("NOT_PILOT_OWNER");
        assertThat(response.body().at("/detail").asString()).contains("owen is not an owner of this pilot");
    }

    private List<String> eventTypes(String pilot) {
        List<String> types = new ArrayList<>();
        client.get("ada", pilot + "/history").body().at("/entries")
                .forEach(entry -> types.add(entry.at("/eventType").asString().replaceAll(".*\\.", "")));
        return types;
    }

    private static List<String> pilotIds(JsonNode board) {
        List<String> ids = new ArrayList<>();
        board.at("/rows").forEach(row -> ids.add(row.at("/pilotId").asString()));
        return ids;
    }

    private static String id(String pilotPath) {
        return pilotPath.substring(pilotPath.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> batch(String batchId) {
        Instant observed = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return Map.of("batchId", batchId, "points", List.of(Map.of("metric", "TASK_COMPLETION_RATE",
                "value", "91.5", "observedAt", observed.toString())));
    }
}
