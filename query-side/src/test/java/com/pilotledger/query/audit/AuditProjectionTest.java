package com.pilotledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.pilotledger.api.capital.ApprovalLimitSet;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.money.Money;
import com.pilotledger.query.support.OrderedPositions;
import com.pilotledger.query.support.PilotStreams;
import com.pilotledger.query.support.ReadModelDatabase;
import com.pilotledger.query.support.Sql;
import com.pilotledger.query.support.TableContents;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.query.support.PilotEvents.registered;
import static com.pilotledger.query.support.PilotEvents.signal;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit history's rows on H2 in PostgreSQL mode, migrated as production is. */
class AuditProjectionTest {

    private static final String PILOT = "pilot-1";
    private static final Instant FEB_1 = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant FEB_5 = Instant.parse("2026-02-05T09:00:00Z");
    private static final Instant MAR_1 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Map<String, String> TABLES = Map.of("audit_entry", "global_index");

    private final PilotStreams store = new PilotStreams();
    private JdbcTemplate jdbc;
    private AuditProjection projection;

    @BeforeEach
    void createTables() {
        ReadModelDatabase database = new ReadModelDatabase();
        jdbc = database.jdbcTemplate();
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
        projection = new AuditProjection(database.jdbcClient(), jdbc, serializer, new OrderedPositions(jdbc));
    }

    @Test
    void everyEventIsOneEntryAtItsPositionWithItsPilotActorBothTimesSummaryAndPayload() {
        events().forEach(this::deliver);

        List<Map<String, Object>> entries = jdbc.queryForList("SELECT * FROM audit_entry ORDER BY global_index");
        assertThat(entries).extracting(entry -> entry.get("GLOBAL_INDEX")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(entries).extracting(entry -> entry.get("PILOT_ID")).as("capital events list under their pilot; "
                + "decision rights under the portfolio").containsExactly(PILOT, PILOT, PILOT, null);
        Map<String, Object> reading = entries.get(1);
        assertThat(reading).containsEntry("EVENT_TYPE", "SignalRecorded").containsEntry("ACTOR", "owen")
                .containsEntry("CORRELATION_ID", "correlation-owen")
                .containsEntry("BUSINESS_TIME", Sql.timestamp(FEB_5))
                .containsEntry("OCCURRED_AT", Sql.timestamp(MAR_1));
        assertThat((String) reading.get("SUMMARY")).isEqualTo(
                "Operational Ownership recorded as Stabilizing (Conditional): Owner named");
        assertThat((String) reading.get("PAYLOAD")).startsWith("{").contains("\"evidence\":\"Owner named\"");
    }

    @Test
    void aRedeliveredEventAddsNothing() {
        List<EventMessage<?>> events = events();
        events.forEach(this::deliver);
        Map<String, List<Map<String, Object>>> once = TableContents.of(jdbc, TABLES);

        events.forEach(this::deliver);
        inOneBatch(events);

        assertThat(TableContents.of(jdbc, TABLES)).isEqualTo(once);
    }

    @Test
    void aBatchSendsItsEntriesAtTheCommitAndAReplayRebuildsTheSameRows() {
        List<EventMessage<?>> events = events();
        events.forEach(this::deliver);
        Map<String, List<Map<String, Object>>> oneAtATime = TableContents.of(jdbc, TABLES);

        projection.reset();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class)).isZero();
        DefaultUnitOfWork.startAndGet(events.get(0)).execute(() -> {
            events.forEach(this::deliver);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class)).isZero();
        });

        assertThat(TableContents.of(jdbc, TABLES)).isEqualTo(oneAtATime);
    }

    private List<EventMessage<?>> events() {
        return List.of(
                store.message(registered(PILOT, FEB_1), MAR_1, "pam"),
                store.message(signal(PILOT, OPERATIONAL_OWNERSHIP, STABILIZING, "Owner named", FEB_5, MAR_1), MAR_1,
                        "owen"),
                store.message(new CapitalCommitted("request-1", PILOT, Money.of("50000.00", "EUR"),
                        Money.of("50000.00", "EUR"), FEB_5), MAR_1, "cfo"),
                store.message(new ApprovalLimitSet(LimitHolder.role("EXECUTIVE"), Money.of("250000.00", "EUR"), null,
                        "Board resolution", "ceo", FEB_1), MAR_1, "ceo"));
    }

    private void inOneBatch(List<EventMessage<?>> events) {
        DefaultUnitOfWork.startAndGet(events.get(0)).execute(() -> events.forEach(this::deliver));
    }

    private void deliver(EventMessage<?> message) {
        projection.on(message.getPayload(), message);
    }
}
