package com.pilotledger.query.pilot;

import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.query.support.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.nio.file.Path;
import java.util.List;

import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * V22 turns the deciding domains stored joined by commas into the JSON the pilot page now reads: rows in the old form
 * are written to the migrated tables and V22's statements run over them again.
 */
class DecidingDomainsMigrationTest {

    private static final Path V22 =
            Path.of("../app/src/main/resources/db/migration/V22__deciding_domains_as_json.sql").toAbsolutePath();

    @Test
    void storedListsBecomeJsonArraysAndAnEmptyOneAnEmptyArray() {
        ReadModelDatabase database = new ReadModelDatabase();
        JdbcTemplate jdbc = database.jdbcTemplate();
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
                VALUES (1, 'p1', 'PAUSE', 'OPERATIONAL_OWNERSHIP', CURRENT_TIMESTAMP)""");

        new ResourceDatabasePopulator(new FileSystemResource(V22)).execute(database.dataSource());

        assertThat(jdbc.queryForList("SELECT deciding_domains FROM pilot_case ORDER BY pilot_id", String.class))
                .containsExactly("[\"OPERATIONAL_OWNERSHIP\",\"GOVERNANCE_CONTINUITY\"]", "[]", null);
        assertThat(DecidingDomains.of(jdbc.queryForObject(
                "SELECT deciding_domains FROM pilot_case WHERE pilot_id = 'p1'", String.class)))
                .containsExactly(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY);
        assertThat(DecidingDomains.of(jdbc.queryForObject("SELECT deciding_domains FROM pilot_recommendation",
                String.class))).containsExactly(OPERATIONAL_OWNERSHIP);
        assertThat(DecidingDomains.json(List.of(StabilizationDomain.values())).length())
                .as("every domain fits the column").isLessThanOrEqualTo(400);
    }
}
