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
import com.pilotledger.query.support.BatchPilots;
import com.pilotledger.query.support.BatchedInsert;
import com.pilotledger.query.support.CoalescedUpdate;
import com.pilotledger.query.support.DeferredWrites;
import com.pilotledger.query.support.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Keeps each pilot's case, current recommendation, the reading that counts per domain (the latest observation),
 * every measured metric, and its decisions; and, for the pilot as of any instant, every recommendation and every
 * reading it was given. Decisions, metrics and the histories are keyed by the pilot and the event's sequence number in
 * the pilot's own stream: every event kept here is the Pilot aggregate's own, so within one pilot that order is the
 * order in which they happened, the keys are the same after a replay, and they need no lookup of the event's global
 * position (nor the store that gives it).
 * <p>
 * Nearly every event comes here, so the writes are set-based per processor batch: the appends (histories, metrics,
 * decisions) go as one JDBC batch per table, and a case re-recommended several times in a batch is updated once, with
 * the last recommendation. These deferred writes are sent just before the batch commits; no single event's data
 * should make them fail, since every limit a column has is checked on the command side before the event exists
 * (docs/operations.md), and the rows are keyed by pilot and sequence number, inserted with ON CONFLICT DO NOTHING.
 * Should the database refuse one all the same, the batch fails and its retry writes each event at once
 * ({@link com.pilotledger.query.support.DeferredWrites}), so the refused event is parked alone. Two writes stay per
 * event: a pilot's case, inserted once per pilot, which the deferred updates of the same batch need; and, for live
 * events, the reading that counts, a conditional update (and an insert for a domain's first reading), so that a reading
 * the table refuses is parked by its handler at once, without holding its batch up for a retry. A replay, where that
 * update was half the statements sent, keeps the batch's readings in memory and writes those that count once
 * ({@link CountedReadings}).
 */
@Component
@ProcessingGroup(PilotDetailProjection.GROUP)
public class PilotDetailProjection {

    public static final String GROUP = "pilot-detail";

    private final JdbcClient jdbc;
    private final CoalescedUpdate<String> recommendedCases;
    private final BatchedInsert recommendations;
    private final BatchedInsert signals;
    private final BatchedInsert metrics;
    private final BatchedInsert authorizations;
    private final BatchedInsert reasonedDecisions;
    private final DeferredWrites<CountedReadings> readings;

    /** {@code batches} sends the deferred writes: {@link JdbcClient} has no JDBC batch. */
    public PilotDetailProjection(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.readings = DeferredWrites.inReplays(() -> new CountedReadings(batches, BatchPilots.current()),
                CountedReadings::write);
        this.recommendedCases = new CoalescedUpdate<>(batches, """
                UPDATE pilot_case SET recommended_posture = ?, policy_version = ?, deciding_domains = ?,
                    recommendation_reason = ?, recommended_since = ?
                WHERE pilot_id = ?""");
        this.recommendations = new BatchedInsert(batches, """
                INSERT INTO pilot_recommendation (pilot_id, sequence_number, recommended_posture, policy_version,
                    deciding_domains, recommendation_reason, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        this.signals = new BatchedInsert(batches, """
                INSERT INTO pilot_signal (pilot_id, sequence_number, domain, level, evidence, source, observed_at,
                    metric_name, metric_value, metric_unit, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        this.metrics = new BatchedInsert(batches, """
                INSERT INTO pilot_metric (pilot_id, sequence_number, domain, name, metric_value, unit, observed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        this.authorizations = new BatchedInsert(batches, """
                INSERT INTO pilot_decision (pilot_id, sequence_number, kind, request_id, posture, currency,
                    capital, scope, conditions, rationale, recommended_posture, is_override,
                    override_justification, decided_by, decider_holder, decider_limit, approved_by,
                    approver_holder, approver_limit, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        this.reasonedDecisions = new BatchedInsert(batches, """
                INSERT INTO pilot_decision (pilot_id, sequence_number, kind, posture, rationale, is_override,
                    decided_by, decided_at)
                VALUES (?, ?, ?, 'PAUSE', ?, FALSE, ?, ?)
                ON CONFLICT DO NOTHING""");
    }

    @EventHandler
    void on(PilotRegistered event) {
        jdbc.sql("""
                        INSERT INTO pilot_case (pilot_id, problem_statement, baseline_metric, target_metric,
                            kill_criteria, registered_by, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.pilotId(), event.problemStatement(), event.baselineMetric(), event.targetMetric(),
                        event.killCriteria(), event.registeredBy(), Sql.timestamp(event.registeredAt()))
                .update();
    }

    @EventHandler
    void on(PostureRecommendationChanged event, EventMessage<?> message) {
        // Everything that can refuse the event comes before the first row is collected: a refused event adds nothing.
        long sequence = sequence(event.pilotId(), message);
        String decidingDomains = DecidingDomains.json(event.decidingDomains());
        recommendedCases.put(event.pilotId(), event.recommended().name(), event.policyVersion(), decidingDomains,
                event.reason(), Sql.timestamp(event.changedAt()), event.pilotId());
        recommendations.add(event.pilotId(), sequence, event.recommended().name(), event.policyVersion(),
                decidingDomains, event.reason(), Sql.timestamp(event.changedAt()));
    }

    @EventHandler
    void on(SignalRecorded event, EventMessage<?> message) {
        // The latest observation per domain counts, ties to the later event (LatestObservation): the row is replaced
        // only by a reading that supersedes it, so a late older one, or a repeat of an earlier event, changes nothing.
        Optional<Metric> metric = Optional.ofNullable(event.metric());
        Instant observedAt = LatestObservation.observedAt(event);
        long sequence = sequence(event.pilotId(), message);
        Object[] reading = {event.level().name(), event.evidence(), event.source(), Sql.timestamp(observedAt),
                metric.map(Metric::name).orElse(null), metric.map(Metric::value).orElse(null),
                metric.map(Metric::unit).orElse(null), event.recordedBy(), Sql.timestamp(event.recordedAt()), sequence,
                event.pilotId(), event.domain().name()};
        CountedReadings replayed = readings.collecting();
        if (replayed != null) {
            replayed.record(event.pilotId(), event.domain().name(), observedAt, sequence, reading);
        } else {
            count(reading, observedAt, sequence);
        }
        // Added after the reading's write: an event the reading's table refuses leaves nothing behind in the batch.
        // Every reading is kept with both its times; one without an observation time was true when recorded.
        signals.add(event.pilotId(), sequence, event.domain().name(), event.level().name(), event.evidence(),
                event.source(), Sql.timestamp(observedAt), metric.map(Metric::name).orElse(null),
                metric.map(Metric::value).orElse(null), metric.map(Metric::unit).orElse(null), event.recordedBy(),
                Sql.timestamp(event.recordedAt()));
        metric.ifPresent(measured -> metrics.add(event.pilotId(), sequence, event.domain().name(), measured.name(),
                measured.value(), measured.unit(), Sql.timestamp(event.observedAt())));
    }

    /**
     * The reading, if it supersedes the one that counts (a conditional update), or the domain's first (an insert). The
     * instant is compared as the column keeps it ({@link Sql#stored}): H2 compares a parameter finer than the column
     * as it is, so a later event at the same instant did not win the tie there.
     */
    private void count(Object[] reading, Instant observedAt, long sequence) {
        OffsetDateTime observed = Sql.timestamp(Sql.stored(observedAt));
        int replaced = jdbc.sql("""
                        UPDATE pilot_reading SET level = ?, evidence = ?, source = ?, observed_at = ?, metric_name = ?,
                            metric_value = ?, metric_unit = ?, recorded_by = ?, recorded_at = ?, sequence_number = ?
                        WHERE pilot_id = ? AND domain = ?
                          AND (observed_at < ? OR (observed_at = ? AND sequence_number <= ?))""")
                .params(reading).params(observed, observed, sequence)
                .update();
        if (replaced == 0) {
            jdbc.sql("INSERT INTO pilot_reading (" + CountedReadings.COLUMNS + ") "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(reading).update();
        }
    }

    @EventHandler
    void on(InvestmentAuthorized event, EventMessage<?> message) {
        authorizations.add(event.pilotId(), sequence(event.pilotId(), message), DecisionKind.AUTHORIZE.name(),
                event.requestId(), event.posture().name(), event.capital().currency(), event.capital().amount(),
                event.scope(), event.conditions(), event.rationale(), event.recommendedPosture().name(),
                event.override(), event.overrideJustification(), event.decidedBy(),
                Holders.text(event.deciderAuthority()), Holders.limit(event.deciderAuthority()), event.approvedBy(),
                Holders.text(event.approverAuthority()), Holders.limit(event.approverAuthority()),
                Sql.timestamp(event.decidedAt()));
    }

    @EventHandler
    void on(PilotPaused event, EventMessage<?> message) {
        reasonedDecisions.add(event.pilotId(), sequence(event.pilotId(), message), DecisionKind.PAUSE.name(),
                event.reason(), event.decidedBy(), Sql.timestamp(event.decidedAt()));
    }

    @EventHandler
    void on(PilotKilled event, EventMessage<?> message) {
        reasonedDecisions.add(event.pilotId(), sequence(event.pilotId(), message), DecisionKind.KILL.name(),
                event.reason(), event.decidedBy(), Sql.timestamp(event.decidedAt()));
    }

    /**
     * The event's sequence number in the pilot's stream. Only the Pilot aggregate's own events are kept here; one about
     * the pilot from another stream would not be ordered by it, so it is refused (and parked) rather than misfiled.
     */
    private static long sequence(String pilotId, EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> event && pilotId.equals(event.getAggregateIdentifier())) {
            return event.getSequenceNumber();
        }
        throw new IllegalStateException("Event " + message.getIdentifier() + " is not in the stream of pilot "
                + pilotId);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM pilot_signal").update();
        jdbc.sql("DELETE FROM pilot_recommendation").update();
        jdbc.sql("DELETE FROM pilot_metric").update();
        jdbc.sql("DELETE FROM pilot_decision").update();
        jdbc.sql("DELETE FROM pilot_reading").update();
        jdbc.sql("DELETE FROM pilot_case").update();
    }
}
