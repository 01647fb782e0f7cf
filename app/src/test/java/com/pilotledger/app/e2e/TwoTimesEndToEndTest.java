package com.pilotledger.app.e2e;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.projection.ProjectionRebuild;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.StabilizationDomain.DEPLOYMENT_SEQUENCING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reading has two times, observed and recorded, and every event two, when it happened and when it was recorded:
 * a history entered today about February counts by its February times, and the audit filters on either.
 */
class TwoTimesEndToEndTest extends EndToEndTest {

    private static final Instant FEB_1 = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant FEB_5 = Instant.parse("2026-02-05T09:00:00Z");
    private static final Instant FEB_10 = Instant.parse("2026-02-10T09:00:00Z");
    private static final Instant FEB_19 = Instant.parse("2026-02-19T09:00:00Z");
    private static final Instant FEB_20 = Instant.parse("2026-02-20T09:00:00Z");
    private static final Instant FEB_25 = Instant.parse("2026-02-25T10:00:00Z");
    private static final String FEBRUARY = "from=2026-02-01T00:00:00Z&to=2026-03-01T00:00:00Z";

    @Test
    void theAuditFindsAFebruaryDecisionEnteredTodayByBusinessTimeButNotByRecordingTime() {
        Instant today = Instant.now();
        String pilotId = register("Claims triage");
        for (StabilizationDomain gate : List.of(StabilizationDomain.OPERATIONAL_OWNERSHIP,
                StabilizationDomain.GOVERNANCE_CONTINUITY, StabilizationDomain.PRODUCTION_ECONOMICS)) {
            observe(pilotId, gate, ESTABLISHED, FEB_5, FEB_5);
        }
        send(new AuthorizeInvestment(pilotId, UUID.randomUUID().toString(), Posture.CONTROLLED_INVESTMENT,
                Money.of("250000.00", "USD"), "Two regions", null, "Gates established", null, FEB_25),
                "eve", "EXECUTIVE");
        String decisions = "/api/audit?pilotId=" + pilotId + "&eventType=InvestmentAuthorized&";

        JsonNode byBusinessTime = client.get("ada", decisions + FEBRUARY).body();
        assertThat(byBusinessTime.at("/totalEntries").asLong()).isEqualTo(1);
        JsonNode decision = byBusinessTime.at("/entries/0");
        assertThat(Instant.parse(decision.at("/businessTime").asString())).isEqualTo(FEB_25);
        assertThat(Instant.parse(decision.at("/recordedAt").asString())).isAfterOrEqualTo(today);
        assertThat(client.get("ada", decisions + "timeBasis=business&" + FEBRUARY).body().at("/totalEntries")
                .asLong()).isEqualTo(1);
        assertThat(client.get("ada", decisions + "timeBasis=recorded&" + FEBRUARY).body().at("/totalEntries")
                .asLong()).as("recorded today, not in February").isZero();
        assertThat(client.get("ada", decisions + "timeBasis=recorded&from=" + today).body().at("/totalEntries")
                .asLong()).isEqualTo(1);

        String[] february = csv("/api/audit/export.csv?aggregateId=" + pilotId
                + "&eventType=InvestmentAuthorized&" + FEBRUARY);
        assertThat(february).as("the header and the decision").hasSize(2);
        assertThat(february[1]).contains(",\"2026-02-25T10:00:00Z\",\"" + today.toString().substring(0, 10));
        assertThat(csv("/api/audit/export.csv?aggregateId=" + pilotId + "&timeBasis=recorded&" + FEBRUARY))
                .as("only the header").hasSize(1);
        assertThat(client.get("ada", "/api/audit?timeBasis=observed").status()).isEqualTo(400);
    }

    @Test
    void aReadingObservedTenDaysBeforeYesterdaysAndEnteredAfterItIsKeptButDoesNotOverrideIt() {
        String pilotId = register("Invoice matching");
        for (StabilizationDomain domain : StabilizationDomain.values()) {
            observe(pilotId, domain, ESTABLISHED, FEB_19, FEB_19);
        }
        assertThat(pilot(pilotId).at("/summary/recommendedPosture").asString()).isEqualTo("AUTHORIZE_DEPLOYMENT");

        observe(pilotId, DEPLOYMENT_SEQUENCING, ReadinessLevel.UNSETTLED, FEB_10, FEB_20);

        JsonNode pilot = pilot(pilotId);
        assertThat(pilot.at("/summary/recommendedPosture").asString()).isEqualTo("AUTHORIZE_DEPLOYMENT");
        assertThat(pilot.at("/summary/readings/DEPLOYMENT_SEQUENCING").asString()).isEqualTo("ESTABLISHED");
        assertThat(Instant.parse(sequencing(pilot).at("/observedAt").asString())).isEqualTo(FEB_19);
        assertThat(boardRow(pilotId).at("/readings/DEPLOYMENT_SEQUENCING").asString()).isEqualTo("ESTABLISHED");
        List<String> history = new ArrayList<>();
        client.get("ada", "/api/pilots/" + pilotId + "/history?size=100").body().at("/entries")
                .forEach(entry -> history.add(entry.at("/summary").asString()));
        assertThat(history).as("the late reading is kept in the history")
                .anySatisfy(summary -> assertThat(summary).startsWith("Deployment Sequencing recorded as Unsettled"));

        observe(pilotId, DEPLOYMENT_SEQUENCING, ReadinessLevel.STABILIZING, FEB_19, FEB_20);

        JsonNode overridden = pilot(pilotId);
        assertThat(overridden.at("/summary/readings/DEPLOYMENT_SEQUENCING").asString())
                .as("observed at the same instant, recorded later").isEqualTo("STABILIZING");
        assertThat(overridden.at("/summary/recommendedPosture").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(sequencing(overridden).at("/level").asString()).isEqualTo("STABILIZING");
        assertThat(boardRow(pilotId).at("/readings/DEPLOYMENT_SEQUENCING").asString()).isEqualTo("STABILIZING");

        JsonNode board = boardRow(pilotId).at("/readings");
        assertThat(ledger.bean(ProjectionRebuild.class).rebuildAll(Duration.ofSeconds(60))).isTrue();
        assertThat(pilot(pilotId).at("/readings")).as("rebuilt from the events, the same readings count")
                .isEqualTo(overridden.at("/readings"));
        assertThat(boardRow(pilotId).at("/readings")).isEqualTo(board);
    }

    private String register(String name) {
        String pilotId = UUID.randomUUID().toString();
        send(new RegisterPilot(pilotId, name, "Finance", "CFO", "owen", "Manual matching is slow", "4 days",
                "1 day", Money.of("400000.00", "USD"), "No gain by day 60", null, null, List.of("owen"), FEB_1), "pam", "PORTFOLIO_MANAGER");
        return pilotId;
    }

    private void observe(String pilotId, StabilizationDomain domain, ReadinessLevel level, Instant observedAt,
                         Instant recordedAt) {
        send(new RecordSignal(pilotId, domain, level, "Evidence for " + domain, "gate review", observedAt, null,
                recordedAt), "owen", "PILOT_OWNER");
    }

    private void send(Object command, String actor, String role) {
        ledger.bean(CommandSender.class).send(command, new CommandOrigin(actor, Set.of(role),
                "two-times-" + UUID.randomUUID(), null));
    }

    private JsonNode pilot(String pilotId) {
        return client.get("ada", "/api/pilots/" + pilotId).body();
    }

    private static JsonNode sequencing(JsonNode pilot) {
        for (JsonNode reading : pilot.at("/readings")) {
            if (reading.at("/domain").asString().equals(DEPLOYMENT_SEQUENCING.name())) {
                return reading;
            }
        }
        throw new AssertionError("no Deployment Sequencing reading in " + pilot);
    }

    private JsonNode boardRow(String pilotId) {
        for (JsonNode row : client.get("ada", "/api/pilots").body().at("/rows")) {
            if (row.at("/pilotId").asString().equals(pilotId)) {
                return row;
            }
        }
        throw new AssertionError("no board row for " + pilotId);
    }

    /** The export's lines: the header, then one per event (no cell here holds a line break). */
    private String[] csv(String path) {
        LedgerClient.Response response = client.get("ada", path);
        assertThat(response.status()).isEqualTo(200);
        return response.text().split("\r\n");
    }
}
