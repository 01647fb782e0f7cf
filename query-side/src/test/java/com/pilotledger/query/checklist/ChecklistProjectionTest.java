package com.pilotledger.query.checklist;

import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistItemAssessed;
import com.pilotledger.api.checklist.ChecklistItemView;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.api.checklist.ChecklistView;
import com.pilotledger.api.checklist.FindReadinessChecklist;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.query.support.OrderedPositions;
import com.pilotledger.query.support.ReadModelDatabase;
import com.pilotledger.query.support.Sql;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

import static com.pilotledger.api.checklist.ChecklistCriterion.CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED;
import static com.pilotledger.api.checklist.ChecklistCriterion.LONG_TERM_ACCOUNTABILITY_DEFINED;
import static com.pilotledger.api.checklist.ChecklistCriterion.PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED;
import static com.pilotledger.api.checklist.ChecklistStatus.COMPLETE;
import static com.pilotledger.api.checklist.ChecklistStatus.NOT_STARTED;
import static com.pilotledger.api.checklist.ChecklistStatus.PARTIALLY_COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

/** The checklist read model on H2 in PostgreSQL mode, with the table of the V16 migration. */
class ChecklistProjectionTest {

    private static final String PILOT = "pilot-1";
    private static final Instant REGISTERED = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant FEB_5 = Instant.parse("2026-02-05T09:00:00Z");
    private static final Instant FEB_20 = Instant.parse("2026-02-20T09:00:00Z");

    private JdbcClient jdbc;
    private ChecklistProjection projection;
    private ChecklistQueries queries;

    @BeforeEach
    void createTables() {
        ReadModelDatabase database = new ReadModelDatabase();
        jdbc = database.jdbcClient();
        jdbc.sql("INSERT INTO pilot_case (pilot_id, problem_statement, baseline_metric, target_metric, "
                + "kill_criteria, registered_by, registered_at) VALUES (?, '-', '-', '-', '-', 'pam', ?)")
                .params(PILOT, Sql.timestamp(REGISTERED)).update();
        projection = new ChecklistProjection(jdbc, new OrderedPositions(database.jdbcTemplate()));
        queries = new ChecklistQueries(jdbc);
    }

    @Test
    void everyItemIsListedInTheArticlesOrderWithItsLatestAssessmentOrAsNeverAssessed() {
        project(assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, PARTIALLY_COMPLETE, "Owner named", FEB_5));
        project(assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Owner staffed", FEB_20));

        ChecklistView checklist = today();

        assertThat(checklist.items()).extracting(ChecklistItemView::criterion)
                .containsExactly(ChecklistCriterion.values());
        assertThat(checklist.items().get(0)).isEqualTo(new ChecklistItemView(LONG_TERM_ACCOUNTABILITY_DEFINED,
                StabilizationDomain.OPERATIONAL_OWNERSHIP, "long-term accountability defined", COMPLETE,
                "Owner staffed", "owen", FEB_20));
        assertThat(checklist.items().get(1)).isEqualTo(
                ChecklistItemView.unassessed(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED));
        assertThat(checklist.started()).isFalse();
    }

    @Test
    void aRedeliveredAssessmentAddsNothing() {
        EventMessage<?> message = GenericEventMessage.asEventMessage(
                assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Owner staffed", FEB_5));
        projection.on((ChecklistItemAssessed) message.getPayload(), message);
        projection.on((ChecklistItemAssessed) message.getPayload(), message);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM pilot_checklist_assessment").query(Long.class).single()).isOne();
    }

    @Test
    void asOfAnInstantEachItemIsAsItWasAssessedByThen() {
        project(assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, NOT_STARTED, "Nobody named", FEB_5));
        project(assessed(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, COMPLETE, "Rota live", FEB_5));
        project(assessed(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Runbook", FEB_5));
        project(assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Owner staffed", FEB_20));

        ChecklistView then = queries.find(new FindReadinessChecklist(PILOT, FEB_5.plusSeconds(60))).orElseThrow();

        assertThat(then.items().get(0).status()).isEqualTo(NOT_STARTED);
        assertThat(then.readingOf(StabilizationDomain.OPERATIONAL_OWNERSHIP)).contains(ReadinessLevel.UNSETTLED);
        assertThat(today().readingOf(StabilizationDomain.OPERATIONAL_OWNERSHIP)).contains(ReadinessLevel.ESTABLISHED);
        assertThat(today().readingOf(StabilizationDomain.GOVERNANCE_CONTINUITY)).isEmpty();
    }

    @Test
    void aPilotNotRegisteredByThenIsNotFound() {
        assertThat(queries.find(new FindReadinessChecklist("nobody", null))).isEmpty();
        assertThat(queries.find(new FindReadinessChecklist(PILOT, REGISTERED.minusSeconds(1)))).isEmpty();
    }

    @Test
    void aReplayStartsFromAnEmptyTable() {
        project(assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Owner staffed", FEB_5));

        projection.reset();

        assertThat(today().items()).allMatch(item -> item.status() == null);
    }

    private ChecklistView today() {
        return queries.find(new FindReadinessChecklist(PILOT, null)).orElseThrow();
    }

    private void project(ChecklistItemAssessed event) {
        projection.on(event, GenericEventMessage.asEventMessage(event));
    }

    private static ChecklistItemAssessed assessed(ChecklistCriterion criterion, ChecklistStatus status,
                                                  String evidence, Instant at) {
        return new ChecklistItemAssessed(PILOT, criterion, status, evidence, "owen", at);
    }
}
