package com.pilotledger.query.pilot;

import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.query.support.PilotStreams;
import com.pilotledger.query.support.ReadModelDatabase;
import com.pilotledger.query.support.Sql;
import com.pilotledger.query.support.TableContents;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.pilot.Posture.CONTROLLED_INVESTMENT;
import static com.pilotledger.api.pilot.Posture.PAUSE;
import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.ReadinessLevel.UNSETTLED;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;
import static com.pilotledger.query.support.PilotEvents.authorized;
import static com.pilotledger.query.support.PilotEvents.killed;
import static com.pilotledger.query.support.PilotEvents.measured;
import static com.pilotledger.query.support.PilotEvents.paused;
import static com.pilotledger.query.support.PilotEvents.recommended;
import static com.pilotledger.query.support.PilotEvents.registered;
import static com.pilotledger.query.support.PilotEvents.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pilot detail's tables on H2 in PostgreSQL mode, migrated as production is, one event and one batch at a time. */
class PilotDetailProjectionTest {

    private static final String PILOT = "pilot-1";
    private static final Instant FEB_1 = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant FEB_5 = Instant.parse("2026-02-05T09:00:00Z");
    private static final Instant FEB_10 = Instant.parse("2026-02-10T09:00:00Z");
    private static final Instant FEB_20 = Instant.parse("2026-02-20T09:00:00Z");
    private static final Map<String, String> TABLES = Map.of("pilot_case", "pilot_id",
            "pilot_reading", "pilot_id, domain", "pilot_recommendation", "pilot_id, sequence_number",
            "pilot_signal", "pilot_id, sequence_number", "pilot_metric", "pilot_id, sequence_number",
            "pilot_decision", "pilot_id, sequence_number");

    private final PilotStreams store = new PilotStreams();
    private JdbcTemplate jdbc;
    private PilotDetailProjection projection;

    @BeforeEach
    void createTables() {
        ReadModelDatabase database = new ReadModelDatabase();
        jdbc = database.jdbcTemplate();
        projection = new PilotDetailProjection(database.jdbcClient(), jdbc);
    }

    @Test
    void aRegistrationOpensTheCaseWithoutARecommendation() {
        deliver(store.message(registered(PILOT, FEB_1), FEB_1, "pam"));

        Map<String, Object> pilotCase = jdbc.queryForMap("SELECT * FROM pilot_case WHERE pilot_id = ?", PILOT);
        assertThat(pilotCase).containsEntry("PROBLEM_STATEMENT", "Stock-outs").containsEntry("REGISTERED_BY", "pam")
                .containsEntry("RECOMMENDED_POSTURE", null).containsEntry("DECIDING_DOMAINS", null);
    }

    @Test
    void aRecommendationIsTodaysOnTheCaseAndKeptInTheHistoryWithItsDecidingDomainsAsJson() {
        deliver(store.message(registered(PILOT, FEB_1), FEB_1, "pam"));
        deliver(store.message(recommended(PILOT, PAUSE, null, List.of(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY),
                FEB_5), FEB_5, "system"));
        deliver(store.message(recommended(PILOT, CONTROLLED_INVESTMENT, PAUSE, List.of(), FEB_10), FEB_10, "system"));

        assertThat(jdbc.queryForMap("SELECT recommended_posture, deciding_domains, recommended_since FROM pilot_case"))
                .containsEntry("RECOMMENDED_POSTURE", "CONTROLLED_INVESTMENT").containsEntry("DECIDING_DOMAINS", "[]")
                .containsEntry("RECOMMENDED_SINCE", Sql.timestamp(FEB_10));
        assertThat(jdbc.queryForList("SELECT deciding_domains FROM pilot_recommendation ORDER BY sequence_number",
                String.class)).containsExactly("[\"OPERATIONAL_OWNERSHIP\",\"GOVERNANCE_CONTINUITY\"]", "[]");
    }

    @Test
    void aReadingCountsUntilAReadingObservedLaterOrAtTheSameInstantReplacesIt() {
        deliver(store.message(registered(PILOT, FEB_1), FEB_1, "pam"));
        deliver(store.message(signal(PILOT, OPERATIONAL_OWNERSHIP, STABILIZING, "Owner named", FEB_10, FEB_10), FEB_10,
                "owen"));
        deliver(store.message(signal(PILOT, OPERATIONAL_OWNERSHIP, UNSETTLED, "Entered late", FEB_5, FEB_20), FEB_20,
                "owen"));

        assertThat(countingEvidence()).isEqualTo("Owner named");

        deliver(store.message(signal(PILOT, OPERATIONAL_OWNERSHIP, ESTABLISHED, "Same instant, recorded later", FEB_10,
                FEB_20), FEB_20, "owen"));

        assertThat(countingEvidence()).isEqualTo("Same instant, recorded later");
        assertThat(jdbc.queryForList("SELECT evidence FROM pilot_signal ORDER BY sequence_number", String.class))
                .containsExactly("Owner named", "Entered late", "Same instant, recorded later");
    }

    @Test
    void aMeasuredReadingAddsAMetricPoint() {
        deliver(store.message(registered(PILOT, FEB_1), FEB_1, "pam"));
        deliver(store.message(measured(PILOT, PRODUCTION_ECONOMICS, "Cost per task", "0.4200", FEB_5), FEB_5, "owen"));

        Map<String, Object> point = jdbc.queryForMap("SELECT * FROM pilot_metric");
        assertThat(point).containsEntry("NAME", "Cost per task").containsEntry("UNIT", "%")
                .containsEntry("OBSERVED_AT", Sql.timestamp(FEB_5));
        assertThat((BigDecimal) point.get("METRIC_VALUE")).isEqualByComparingTo("0.42");
    }

    @Test
    void everyDecisionIsKeptInEventOrderWithTheAuthoritiesThatMadeIt() {
        deliver(store.message(registered(PILOT, FEB_1), FEB_1, "pam"));
        deliver(store.message(authorized(PILOT, "request-1", FEB_5), FEB_5, "cfo"));
        deliver(store.message(paused(PILOT, FEB_10), FEB_10, "cfo"));
        deliver(store.message(killed(PILOT, FEB_20), FEB_20, "cfo"));

        List<Map<String, Object>> decisions =
                jdbc.queryForList("SELECT * FROM pilot_decision ORDER BY sequence_number");
        assertThat(decisions).extracting(row -> row.get("KIND")).containsExactly("AUTHORIZE", "PAUSE", "KILL");
        assertThat(decisions.get(0)).containsEntry("DECIDER_HOLDER", "ROLE:EXECUTIVE")
                .containsEntry("APPROVER_HOLDER", "USER:ceo").containsEntry("IS_OVERRIDE", true);
        assertThat(decisions.get(2)).containsEntry("RATIONALE", "No owner found");
    }

    @Test
    void anEventAboutThePilotFromAnotherStreamIsRefusedNotMisfiled() {
        SignalRecorded reading = signal(PILOT, OPERATIONAL_OWNERSHIP, STABILIZING, "Owner named", FEB_5, FEB_5);
        EventMessage<?> fromThePortfolio = new GenericDomainEventMessage<>("Portfolio", "portfolio", 7, reading);

        assertThatThrownBy(() -> projection.on(reading, fromThePortfolio)).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pilot_reading", Integer.class)).isZero();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        List<EventMessage<?>> life = life();
        life.forEach(this::deliver);
        Map<String, List<Map<String, Object>>> once = TableContents.of(jdbc, TABLES);

        life.forEach(this::deliver);
        inOneBatch(life);

        assertThat(TableContents.of(jdbc, TABLES)).isEqualTo(once);
    }

    @Test
    void aBatchWritesTheSameRowsAsOneEventAtATimeAndNothingBeforeItCommits() {
        List<EventMessage<?>> life = life();
        life.forEach(this::deliver);
        Map<String, List<Map<String, Object>>> oneAtATime = TableContents.of(jdbc, TABLES);
        projection.reset();

        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(life.get(0));
        batch.execute(() -> {
            life.forEach(this::deliver);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pilot_signal", Integer.class))
                    .as("appends wait for the commit").isZero();
            assertThat(jdbc.queryForObject("SELECT recommended_posture FROM pilot_case WHERE pilot_id = ?",
                    String.class, PILOT))
                    .as("the case is updated once, at the commit").isNull();
        });

        assertThat(TableContents.of(jdbc, TABLES)).isEqualTo(oneAtATime);
    }

    /**
     * A replay keeps the batch's readings in memory and writes those that count at the commit: the rows are those of
     * the conditional update event by event, a tie at an instant finer than the column keeps included.
     */
    @Test
    void aReplayedBatchCountsTheReadingsInMemoryAndWritesTheSameRows() {
        List<EventMessage<?>> life = new ArrayList<>(life());
        Instant finerThanStored = FEB_10.plusNanos(321_831_834);
        life.add(store.message(signal("pilot-2", GOVERNANCE_CONTINUITY, STABILIZING, "First at the instant",
                finerThanStored, FEB_20), FEB_20, "owen"));
        life.add(store.message(signal("pilot-2", GOVERNANCE_CONTINUITY, UNSETTLED, "Later event, same instant",
                finerThanStored, FEB_20), FEB_20, "owen"));
        life.forEach(this::deliver);
        Map<String, List<Map<String, Object>>> oneAtATime = TableContents.of(jdbc, TABLES);
        projection.reset();
        List<EventMessage<?>> replayed = new ArrayList<>();
        for (EventMessage<?> message : life) {
            replayed.add(new GenericTrackedDomainEventMessage<>(ReplayToken.createReplayToken(
                    new GlobalSequenceTrackingToken(1_000), new GlobalSequenceTrackingToken(replayed.size())),
                    (DomainEventMessage<?>) message));
        }

        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(replayed);
        batch.start();
        replayed.forEach(this::deliver);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pilot_reading", Integer.class))
                .as("the readings wait for the commit").isZero();
        batch.commit();

        assertThat(TableContents.of(jdbc, TABLES)).isEqualTo(oneAtATime);
        assertThat(jdbc.queryForObject("SELECT evidence FROM pilot_reading WHERE pilot_id = ? AND domain = ?",
                String.class, "pilot-2", GOVERNANCE_CONTINUITY.name())).isEqualTo("Later event, same instant");
    }

    @Test
    void aResetAndReplayRebuildsTheSameRows() {
        List<EventMessage<?>> life = life();
        life.forEach(this::deliver);
        Map<String, List<Map<String, Object>>> before = TableContents.of(jdbc, TABLES);

        projection.reset();
        assertThat(TableContents.of(jdbc, TABLES)).allSatisfy((table, rows) -> assertThat(rows).isEmpty());
        inOneBatch(life.subList(0, 4));
        inOneBatch(life.subList(4, life.size()));

        assertThat(TableContents.of(jdbc, TABLES)).isEqualTo(before);
    }

    /** Two pilots' registrations, readings (one late, one measured), re-recommendations and decisions. */
    private List<EventMessage<?>> life() {
        return List.of(
                store.message(registered(PILOT, FEB_1), FEB_1, "pam"),
                store.message(registered("pilot-2", FEB_1), FEB_1, "pam"),
                store.message(recommended(PILOT, PAUSE, null, List.of(OPERATIONAL_OWNERSHIP), FEB_1), FEB_1, "system"),
                store.message(signal(PILOT, OPERATIONAL_OWNERSHIP, STABILIZING, "Owner named", FEB_10, FEB_10), FEB_10,
                        "owen"),
                store.message(signal(PILOT, OPERATIONAL_OWNERSHIP, UNSETTLED, "Entered late", FEB_5, FEB_20), FEB_20,
                        "owen"),
                store.message(measured("pilot-2", PRODUCTION_ECONOMICS, "Cost per task", "0.42", FEB_5), FEB_5, "owen"),
                store.message(recommended(PILOT, CONTROLLED_INVESTMENT, PAUSE, List.of(), FEB_10), FEB_10, "system"),
                store.message(recommended(PILOT, PAUSE, CONTROLLED_INVESTMENT, List.of(GOVERNANCE_CONTINUITY), FEB_20),
                        FEB_20, "system"),
                store.message(authorized("pilot-2", "request-1", FEB_10), FEB_10, "cfo"),
                store.message(paused("pilot-2", FEB_20), FEB_20, "cfo"),
                store.message(killed(PILOT, FEB_20), FEB_20, "cfo"));
    }

    private String countingEvidence() {
        return jdbc.queryForObject("SELECT evidence FROM pilot_reading WHERE pilot_id = ? AND domain = ?",
                String.class, PILOT, OPERATIONAL_OWNERSHIP.name());
    }

    private void inOneBatch(List<EventMessage<?>> events) {
        DefaultUnitOfWork.startAndGet(events.get(0)).execute(() -> events.forEach(this::deliver));
    }

    private void deliver(EventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof PilotRegistered registered) {
            projection.on(registered);
        } else if (event instanceof PostureRecommendationChanged recommended) {
            projection.on(recommended, message);
        } else if (event instanceof SignalRecorded signal) {
            projection.on(signal, message);
        } else if (event instanceof InvestmentAuthorized authorized) {
            projection.on(authorized, message);
        } else if (event instanceof PilotPaused paused) {
            projection.on(paused, message);
        } else if (event instanceof PilotKilled killed) {
            projection.on(killed, message);
        } else {
            throw new IllegalArgumentException("Not a pilot detail event: " + event);
        }
    }
}
