package com.pilotledger.query.pilot;

import com.pilotledger.api.pilot.StabilizationDomain;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * V22 over rows stored before it: the deciding domains joined by commas become JSON, and a pilot's rows keyed by the
 * global position of their event are keyed by the pilot and the event's sequence number in the pilot's stream. The
 * tables are migrated up to V20 (the last before this work), filled in the old form, then V22 runs over them.
 */
class PilotRowsMigrationTest {

    private static final Path MIGRATIONS = Path.of("../app/src/main/resources/db/migration").toAbsolutePath();
    private static final Path V22 = MIGRATIONS.resolve("V22__pilot_rows_by_sequence_and_deciding_domains_as_json.sql");

    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void storeRowsInTheOldForm() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:v22-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + MIGRATIONS).target("20").load().migrate();
        // Pilot p1's events 0..3 lie at global positions 10, 12, 13 and 15, between other streams' events.
        event(10, "p1", 0);
        event(11, "portfolio", 0);
        event(12, "p1", 1);
        event(13, "p1", 2);
        event(14, "p2", 0);
        event(15, "p1", 3);
        jdbc.update("""
                INSERT INTO pilot_case (pilot_id, problem_statement, baseline_metric, target_metric, kill_criteria,
                    registered_by, registered_at, recommended_posture, deciding_domains)
                VALUES ('p1', '-', '-', '-', '-', 'pam', CURRENT_TIMESTAMP, 'PAUSE',
                        'OPERATIONAL_OWNERSHIP,GOVERNANCE_CONTINUITY'),
                       ('p2', '-', '-', '-', '-', 'pam', CURRENT_TIMESTAMP, 'PAUSE', ''),
                       ('p3', '-', '-', '-', '-', 'pam', CURRENT_TIMESTAMP, NULL, NULL)""");
        jdbc.update("""
                INSERT INTO pilot_recommendation (event_position, pilot_id, recommended_posture, deciding_domains,
                    changed_at)
                VALUES (12, 'p1', 'PAUSE', 'OPERATIONAL_OWNERSHIP', CURRENT_TIMESTAMP)""");
        jdbc.update("""
                INSERT INTO pilot_signal (event_position, pilot_id, domain, level, evidence, observed_at, recorded_by,
                    recorded_at)
                VALUES (13, 'p1', 'OPERATIONAL_OWNERSHIP', 'STABILIZING', 'Owner named', CURRENT_TIMESTAMP, 'owen',
                    CURRENT_TIMESTAMP)""");
        jdbc.update("""
                INSERT INTO pilot_reading (pilot_id, domain, level, evidence, observed_at, recorded_by, recorded_at,
                    event_position)
                VALUES ('p1', 'OPERATIONAL_OWNERSHIP', 'STABILIZING', 'Owner named', CURRENT_TIMESTAMP, 'owen',
                    CURRENT_TIMESTAMP, 13)""");
        jdbc.update("""
                INSERT INTO pilot_metric (event_position, pilot_id, domain, name, metric_value, observed_at)
                VALUES (13, 'p1', 'PRODUCTION_ECONOMICS', 'Cost per task', 0.42, CURRENT_TIMESTAMP)""");
        jdbc.update("""
                INSERT INTO pilot_decision (event_position, pilot_id, kind, posture, rationale, is_override,
                    decided_by, decided_at)
                VALUES (15, 'p1', 'PAUSE', 'PAUSE', 'Owner left', FALSE, 'cfo', CURRENT_TIMESTAMP)""");

        new ResourceDatabasePopulator(new FileSystemResource(V22)).execute(dataSource);
    }

    @Test
    void storedListsBecomeJsonArraysAndAnEmptyOneAnEmptyArray() {
        assertThat(jdbc.queryForList("SELECT deciding_domains FROM pilot_case ORDER BY pilot_id", String.class))
                .containsExactly("[\"OPERATIONAL_OWNERSHIP\",\"GOVERNANCE_CONTINUITY\"]", "[]", null);
        assertThat(DecidingDomains.of(jdbc.queryForObject("SELECT deciding_domains FROM pilot_recommendation",
                String.class))).containsExactly(OPERATIONAL_OWNERSHIP);
        assertThat(DecidingDomains.json(List.of(StabilizationDomain.values())).length())
                .as("every domain fits the column").isLessThanOrEqualTo(400);
    }

    @Test
    void aPilotsRowsTakeTheSequenceNumberOfTheEventAtTheirPosition() {
        for (String table : List.of("pilot_recommendation", "pilot_signal", "pilot_reading", "pilot_metric",
                "pilot_decision")) {
            assertThat(jdbc.queryForList("SELECT sequence_number FROM " + table, Long.class)).as(table)
                    .containsExactly(table.equals("pilot_recommendation") ? 1L : table.equals("pilot_decision") ? 3L
                            : 2L);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns "
                + "WHERE LOWER(column_name) = 'event_position' AND LOWER(table_name) LIKE 'pilot_%' "
                + "AND LOWER(table_name) <> 'pilot_checklist_assessment'", Integer.class)).isZero();
    }

    private void event(long position, String aggregate, long sequence) {
        jdbc.update("""
                        INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                            sequence_number, type, time_stamp, payload_type, payload)
                        VALUES (?, ?, ?, ?, 'Pilot', '2026-02-01T09:00:00Z', 'Event', ?)""",
                position, "event-" + position, aggregate, sequence, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
