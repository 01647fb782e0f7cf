package com.pilotledger.query.pilot;

import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.LatestObservation;
import com.pilotledger.api.pilot.Metric;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.portfolio.DecisionKind;
import com.pilotledger.query.support.BatchedInsert;
import com.pilotledger.query.support.EventPositions;
import com.pilotledger.query.support.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps each pilot's case, current recommendation, the reading that counts per domain (the latest observation),
 * every measured metric, and its decisions; and, for the pilot as of any instant, every recommendation and every
 * reading it was given. Decisions, metrics and the histories are keyed by their position in the event store, so their
 * order and their keys are the same after a replay.
 */
@Component
@ProcessingGroup(PilotDetailProjection.GROUP)
public class PilotDetailProjection {

    public static final String GROUP = "pilot-detail";

    private final JdbcTemplate jdbc;
    private final EventPositions positions;
    private final BatchedInsert recommendations;
    private final BatchedInsert signals;

    public PilotDetailProjection(JdbcTemplate jdbc, EventPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.recommendations = new BatchedInsert(jdbc, """
                INSERT INTO pilot_recommendation (event_position, pilot_id, recommended_posture, policy_version,
                    deciding_domains, recommendation_reason, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        this.signals = new BatchedInsert(jdbc, """
                INSERT INTO pilot_signal (event_position, pilot_id, domain, level, evidence, source, observed_at,
                    metric_name, metric_value, metric_unit, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
    }

    @EventHandler
    void on(PilotRegistered event) {
        jdbc.update("""
                        INSERT INTO pilot_case (pilot_id, problem_statement, baseline_metric, target_metric,
                            kill_criteria, registered_by, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.pilotId(), event.problemStatement(), event.baselineMetric(), event.targetMetric(),
                event.killCriteria(), event.registeredBy(), Sql.timestamp(event.registeredAt()));
    }

    @EventHandler
    void on(PostureRecommendationChanged event, EventMessage<?> message) {
        String decidingDomains = event.decidingDomains().stream().map(Enum::name).collect(Collectors.joining(","));
        jdbc.update("""
                        UPDATE pilot_case SET recommended_posture = ?, policy_version = ?, deciding_domains = ?,
                            recommendation_reason = ?, recommended_since = ?
                        WHERE pilot_id = ?""",
                event.recommended().name(), event.policyVersion(), decidingDomains, event.reason(),
                Sql.timestamp(event.changedAt()), event.pilotId());
        recommendations.add(positions.of(message), event.pilotId(), event.recommended().name(), event.policyVersion(),
                decidingDomains, event.reason(), Sql.timestamp(event.changedAt()));
    }

    @EventHandler
    void on(SignalRecorded event, EventMessage<?> message) {
        // The latest observation per domain counts, ties to the later event (LatestObservation): the row is replaced
        // only by a reading that supersedes it, so a late older one, or a repeat of an earlier event, changes nothing.
        Optional<Metric> metric = Optional.ofNullable(event.metric());
        Instant observedAt = LatestObservation.observedAt(event);
        long position = positions.of(message);
        Object[] reading = {event.level().name(), event.evidence(), event.source(), Sql.timestamp(observedAt),
                metric.map(Metric::name).orElse(null), metric.map(Metric::value).orElse(null),
                metric.map(Metric::unit).orElse(null), event.recordedBy(), Sql.timestamp(event.recordedAt()), position,
                event.pilotId(), event.domain().name()};
        int replaced = jdbc.update("""
                        UPDATE pilot_reading SET level = ?, evidence = ?, source = ?, observed_at = ?, metric_name = ?,
                            metric_value = ?, metric_unit = ?, recorded_by = ?, recorded_at = ?, event_position = ?
                        WHERE pilot_id = ? AND domain = ?
                          AND (observed_at < ? OR (observed_at = ? AND event_position <= ?))""",
                append(reading, Sql.timestamp(observedAt), Sql.timestamp(observedAt), position));
        if (replaced == 0) {
            jdbc.update("""
                            INSERT INTO pilot_reading (level, evidence, source, observed_at, metric_name, metric_value,
                                metric_unit, recorded_by, recorded_at, event_position, pilot_id, domain)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT DO NOTHING""", reading);
        }
        // Every reading is kept with both its times; one without an observation time was true when recorded.
        signals.add(positions.of(message), event.pilotId(), event.domain().name(), event.level().name(),
                event.evidence(), event.source(),
                Sql.timestamp(LatestObservation.observedAt(event)),
                metric.map(Metric::name).orElse(null), metric.map(Metric::value).orElse(null),
                metric.map(Metric::unit).orElse(null), event.recordedBy(), Sql.timestamp(event.recordedAt()));
        metric.ifPresent(measured -> jdbc.update("""
                        INSERT INTO pilot_metric (event_position, pilot_id, domain, name, metric_value, unit, observed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                positions.of(message), event.pilotId(), event.domain().name(), measured.name(),
                measured.value(), measured.unit(), Sql.timestamp(event.observedAt())));
    }

    @EventHandler
    void on(InvestmentAuthorized event, EventMessage<?> message) {
        jdbc.update("""
                        INSERT INTO pilot_decision (event_position, pilot_id, kind, request_id, posture, currency,
                            capital, scope, conditions, rationale, recommended_posture, is_override,
                            override_justification, decided_by, decider_holder, decider_limit, approved_by,
                            approver_holder, approver_limit, decided_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                positions.of(message), event.pilotId(), DecisionKind.AUTHORIZE.name(), event.requestId(),
                event.posture().name(), event.capital().currency(), event.capital().amount(), event.scope(),
                event.conditions(), event.rationale(), event.recommendedPosture().name(), event.override(),
                event.overrideJustification(), event.decidedBy(), Holders.text(event.deciderAuthority()),
                Holders.limit(event.deciderAuthority()), event.approvedBy(), Holders.text(event.approverAuthority()),
                Holders.limit(event.approverAuthority()), Sql.timestamp(event.decidedAt()));
    }

    @EventHandler
    void on(PilotPaused event, EventMessage<?> message) {
        recordReasonedDecision(message, event.pilotId(), DecisionKind.PAUSE, event.reason(), event.decidedBy(),
                event.decidedAt());
    }

    @EventHandler
    void on(PilotKilled event, EventMessage<?> message) {
        recordReasonedDecision(message, event.pilotId(), DecisionKind.KILL, event.reason(), event.decidedBy(),
                event.decidedAt());
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    private void recordReasonedDecision(EventMessage<?> message, String pilotId, DecisionKind kind, String reason,
                                        String decidedBy, Instant decidedAt) {
        jdbc.update("""
                        INSERT INTO pilot_decision (event_position, pilot_id, kind, posture, rationale, is_override,
                            decided_by, decided_at)
                        VALUES (?, ?, ?, 'PAUSE', ?, FALSE, ?, ?)
                        ON CONFLICT DO NOTHING""",
                positions.of(message), pilotId, kind.name(), reason, decidedBy, Sql.timestamp(decidedAt));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM pilot_signal");
        jdbc.update("DELETE FROM pilot_recommendation");
        jdbc.update("DELETE FROM pilot_metric");
        jdbc.update("DELETE FROM pilot_decision");
        jdbc.update("DELETE FROM pilot_reading");
        jdbc.update("DELETE FROM pilot_case");
    }
}
