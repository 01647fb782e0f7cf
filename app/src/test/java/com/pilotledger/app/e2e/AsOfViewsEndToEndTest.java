package com.pilotledger.app.e2e;

import com.pilotledger.query.pilot.PilotDetailProjection;
import com.pilotledger.query.portfolio.BoardProjection;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Amounts.exact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board, a pilot, the capital and the comparison as of a date show exactly that date's state, built from the
 * events' business times (see {@link FebruaryPilot} for the history).
 */
class AsOfViewsEndToEndTest extends EndToEndTest {

    private String pilotId;
    private String otherPilotId;

    @BeforeAll
    void recordTheHistory() {
        pilotId = FebruaryPilot.record(ledger);
        // A second pilot registered today, so the comparison has two pilots and the past boards leave it out.
        otherPilotId = client.post("pam", "/api/pilots", Requests.registration("Today's pilot", "Finance", "owen",
                "100000.00")).header("Location").replace("/api/pilots/", "");
    }

    @Test
    void beforeItsRegistrationThePilotIsNowhere() {
        JsonNode board = client.get("ada", "/api/pilots?asOf=2026-01-31").body();
        assertThat(board.at("/totalPilots").asLong()).isZero();
        assertThat(board.at("/rows")).isEmpty();
        assertThat(client.get("ada", "/api/pilots/" + pilotId + "?asOf=2026-01-31").status()).isEqualTo(404);
        JsonNode capital = client.get("ada", "/api/capital?asOf=2026-01-31").body();
        assertThat(amount(capital.at("/committed"))).isEqualByComparingTo("0");
        assertThat(amount(capital.at("/budget"))).isEqualByComparingTo(FebruaryPilot.BUDGET);
        JsonNode comparison = client.get("ada", "/api/comparison?pilotIds=" + pilotId + "&pilotIds=" + otherPilotId
                + "&asOf=2026-01-31").body();
        assertThat(comparison.at("/pilots")).isEmpty();
        assertThat(comparison.at("/missingPilotIds").toString()).contains(pilotId, otherPilotId);
    }

    @Test
    void onTenFebruaryItIsRecommendedControlledInvestmentAndNotYetAuthorized() {
        JsonNode board = client.get("ada", "/api/pilots?asOf=2026-02-10").body();
        assertThat(board.at("/totalPilots").asLong()).isEqualTo(1);
        JsonNode row = board.at("/rows/0");
        assertThat(row.at("/pilotId").asString()).isEqualTo(pilotId);
        assertThat(row.at("/authorizedPosture").asString()).isEqualTo("PAUSE");
        assertThat(row.at("/recommendedPosture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(row.at("/status").asString()).isEqualTo("PROPOSED");
        assertThat(row.at("/readings/OPERATIONAL_OWNERSHIP").asString()).isEqualTo("ESTABLISHED");
        assertThat(row.at("/readings/DEPLOYMENT_SEQUENCING").isMissingNode()).isTrue();
        // Registered on 1 February, never authorized: nine days in Pause as of the end of 10 February.
        assertThat(row.at("/daysInPosture").asLong()).isEqualTo(9);

        JsonNode pilot = client.get("ada", "/api/pilots/" + pilotId + "?asOf=2026-02-10").body();
        assertThat(pilot.at("/recommendation/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(pilot.at("/decisions")).isEmpty();
        assertThat(domains(pilot.at("/readings"))).containsExactly("OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY",
                "PRODUCTION_ECONOMICS", "OPERATIONAL_RESILIENCE");
        assertThat(amount(client.get("ada", "/api/capital?asOf=2026-02-10").body().at("/committed")))
                .isEqualByComparingTo("0");
    }

    @Test
    void onTwentyFiveFebruaryTheSequencingReadingOfTheTwentiethCounts() {
        JsonNode row = client.get("ada", "/api/pilots?asOf=2026-02-25").body().at("/rows/0");
        assertThat(row.at("/readings/DEPLOYMENT_SEQUENCING").asString()).isEqualTo("ESTABLISHED");
        assertThat(row.at("/authorizedPosture").asString()).isEqualTo("PAUSE");
        JsonNode pilot = client.get("ada", "/api/pilots/" + pilotId + "?asOf=2026-02-25").body();
        assertThat(reading(pilot, "DEPLOYMENT_SEQUENCING").at("/evidence").asString()).isEqualTo("Store waves agreed");
    }

    @Test
    void onFifteenMarchItStandsInControlledInvestmentWithItsCapitalCommitted() {
        JsonNode board = client.get("ada", "/api/pilots?asOf=2026-03-15").body();
        JsonNode row = board.at("/rows/0");
        assertThat(row.at("/authorizedPosture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(row.at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(amount(row.at("/capitalCommitted"))).isEqualByComparingTo(FebruaryPilot.COMMITTED);
        assertThat(row.at("/daysInPosture").asLong()).isEqualTo(14);
        assertThat(board.at("/totals/1/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(board.at("/totals/1/pilots").asLong()).isEqualTo(1);

        JsonNode pilot = client.get("ada", "/api/pilots/" + pilotId + "?asOf=2026-03-15").body();
        assertThat(pilot.at("/decisions")).hasSize(1);
        assertThat(pilot.at("/decisions/0/kind").asString()).isEqualTo("AUTHORIZE");

        JsonNode capital = client.get("ada", "/api/capital?asOf=2026-03-15").body();
        assertThat(amount(capital.at("/committed"))).isEqualByComparingTo(FebruaryPilot.COMMITTED);
        assertThat(amount(capital.at("/frozen"))).isEqualByComparingTo("0");
        assertThat(amount(capital.at("/reserved"))).isEqualByComparingTo("0");
        assertThat(amount(capital.at("/available"))).isEqualByComparingTo("3700000.00");
        assertThat(share(capital.at("/byPosture"), "CONTROLLED_INVESTMENT").at("/pilots").asLong()).isEqualTo(1);
        assertThat(amount(share(capital.at("/byBusinessUnit"), "Supply chain").at("/committed")))
                .isEqualByComparingTo(FebruaryPilot.COMMITTED);
    }

    @Test
    void onThirtyAprilItIsPausedWithItsCapitalFrozen() {
        JsonNode row = client.get("ada", "/api/pilots?asOf=2026-04-30").body().at("/rows/0");
        assertThat(row.at("/authorizedPosture").asString()).isEqualTo("PAUSE");
        assertThat(row.at("/status").asString()).isEqualTo("PAUSED");
        assertThat(row.at("/capitalFrozen").asBoolean()).isTrue();
        JsonNode pilot = client.get("ada", "/api/pilots/" + pilotId + "?asOf=2026-04-30").body();
        assertThat(pilot.at("/decisions")).hasSize(2);
        assertThat(pilot.at("/decisions/1/kind").asString()).isEqualTo("PAUSE");
        JsonNode capital = client.get("ada", "/api/capital?asOf=2026-04-30").body();
        assertThat(amount(capital.at("/frozen"))).isEqualByComparingTo(FebruaryPilot.COMMITTED);
        assertThat(share(capital.at("/byPosture"), "PAUSE").at("/pilots").asLong()).isEqualTo(1);
    }

    @Test
    void theComparisonAsOfADateShowsOnlyThePilotsRegisteredByThenAsTheyStood() {
        JsonNode comparison = client.get("ada", "/api/comparison?pilotIds=" + pilotId + "&pilotIds=" + otherPilotId
                + "&asOf=2026-03-15").body();
        assertThat(comparison.at("/pilots")).hasSize(1);
        assertThat(comparison.at("/pilots/0/summary/authorizedPosture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(comparison.at("/pilots/0/recommendation/posture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(comparison.at("/pilots/0/readings/OPERATIONAL_RESILIENCE/level").asString()).isEqualTo("STABILIZING");
        assertThat(comparison.at("/missingPilotIds/0").asString()).isEqualTo(otherPilotId);
    }

    @Test
    void aLateEnteredOlderObservationDoesNotOverrideTheNewerOneButCountsBeforeIt() {
        // After everything was recorded, the reading observed on 5 February still counts over the one of 3 February.
        JsonNode latest = client.get("ada", "/api/pilots/" + pilotId + "?asOf=2026-04-30").body();
        assertThat(reading(latest, "OPERATIONAL_RESILIENCE").at("/level").asString()).isEqualTo("STABILIZING");
        // Both are in the history, with both their times.
        List<String> history = new ArrayList<>();
        latest.at("/readingHistory").forEach(reading -> {
            if (reading.at("/domain").asString().equals("OPERATIONAL_RESILIENCE")) {
                history.add(reading.at("/level").asString() + " observed " + reading.at("/observedAt").asString()
                        + " recorded " + reading.at("/recordedAt").asString());
            }
        });
        assertThat(history).containsExactly(
                "STABILIZING observed 2026-02-05T09:00:00Z recorded 2026-02-05T09:15:00Z",
                "UNSETTLED observed 2026-02-03T12:00:00Z recorded 2026-02-25T16:00:00Z");

        // As of 4 February (known now) the observation of the 3rd is the latest: it counts.
        JsonNode fourth = client.get("ada", "/api/pilots/" + pilotId + "?asOf=2026-02-04").body();
        assertThat(reading(fourth, "OPERATIONAL_RESILIENCE").at("/level").asString()).isEqualTo("UNSETTLED");
        // As the ledger knew it on 10 February, nothing about resilience had been recorded yet.
        JsonNode knownOnTenth = client.get("ada", "/api/pilots/" + pilotId + "?asOf=2026-02-04&knownOn=2026-02-10")
                .body();
        assertThat(domains(knownOnTenth.at("/readings"))).doesNotContain("OPERATIONAL_RESILIENCE");
        assertThat(knownOnTenth.at("/readingHistory")).isEmpty();
    }

    @Test
    void anUnreadableAsOfIsABadRequestProblem() {
        LedgerClient.Response response = client.get("ada", "/api/pilots?asOf=last-tuesday");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().at("/errors/0/field").asString()).isEqualTo("asOf");
        assertThat(client.get("ada", "/api/pilots/" + pilotId + "?knownOn=2026-13-01").status()).isEqualTo(400);
    }

    @Test
    void theBoardAMinuteAgoFromTheVersionsIsTheBoardOfTodayFromTheCurrentRows() {
        ObjectNode today = (ObjectNode) client.get("ada", "/api/pilots?q=shelf").body().at("/rows/0");
        ObjectNode minuteAgo = (ObjectNode) client.get("ada", "/api/pilots?q=shelf&asOf="
                + Instant.now().minusSeconds(60)).body().at("/rows/0");
        assertThat(today.at("/status").asString()).isEqualTo("PAUSED");
        assertThat(minuteAgo.remove("daysInPosture")).isEqualTo(today.remove("daysInPosture"));
        assertThat(minuteAgo).isEqualTo(today);
    }

    @Test
    void thePagesOfAPastDateSayWhichDateTheyShowAndABadDateIsABadRequestPage() {
        PageSession page = PageSession.signIn(ledger.port(), "pam");
        String comparison = page.get("/compare?ids=" + pilotId + "&ids=" + otherPilotId + "&asOf=2026-03-15").body();
        assertThat(comparison).contains("As of 15 March 2026 — the comparison as it stood then",
                "1 of the chosen pilots had not been registered by then.", FebruaryPilot.NAME);
        String pilot = page.get("/pilots/" + pilotId + "?asOf=2026-02-04&knownOn=2026-02-10").body();
        assertThat(pilot).contains("As of 4 February 2026 — this pilot as it stood then",
                "Readings as known on 10 February 2026").doesNotContain("Outage of the feed", "id=\"pause\"");
        assertThat(page.get("/?asOf=2026-02-31").statusCode()).isEqualTo(400);
    }

    @Test
    void thePilotsEventsDeliveredAgainChangeNoVersionAndNoHistory() throws Exception {
        Map<String, String> tables = Map.of("board_pilot_version", "event_position",
                "pilot_signal", "pilot_id, sequence_number", "pilot_recommendation", "pilot_id, sequence_number");
        List<List<Map<String, Object>>> before = tables.entrySet().stream()
                .map(table -> ledger.rows(table.getKey(), table.getValue())).toList();
        List<AnnotationEventHandlerAdapter> projections = List.of(
                new AnnotationEventHandlerAdapter(ledger.bean(BoardProjection.class)),
                new AnnotationEventHandlerAdapter(ledger.bean(PilotDetailProjection.class)));
        List<? extends DomainEventMessage<?>> events = ledger.bean(EventStore.class).readEvents(pilotId).asStream()
                .toList();
        assertThat(events).hasSizeGreaterThan(8);
        for (DomainEventMessage<?> event : events) {
            for (AnnotationEventHandlerAdapter projection : projections) {
                projection.handle(event);
            }
        }
        assertThat(tables.entrySet().stream().map(table -> ledger.rows(table.getKey(), table.getValue())).toList())
                .isEqualTo(before);
    }

    private static JsonNode reading(JsonNode pilot, String domain) {
        for (JsonNode reading : pilot.at("/readings")) {
            if (reading.at("/domain").asString().equals(domain)) {
                return reading;
            }
        }
        throw new AssertionError("No reading of " + domain + " in " + pilot.at("/readings"));
    }

    private static List<String> domains(JsonNode readings) {
        List<String> domains = new ArrayList<>();
        readings.forEach(reading -> domains.add(reading.at("/domain").asString()));
        return domains;
    }

    private static JsonNode share(JsonNode shares, String group) {
        for (JsonNode share : shares) {
            if (share.at("/group").asString().equals(group)) {
                return share;
            }
        }
        throw new AssertionError("No share of " + group + " in " + shares);
    }

    private static BigDecimal amount(JsonNode money) {
        return exact(money.at("/amount"));
    }
}
