package com.pilotledger.query.portfolio;

import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.PilotCapitalFrozen;
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.metric.KillCriterionMet;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.LatestObservation;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotOwnerAssigned;
import com.pilotledger.api.pilot.PilotOwnerRemoved;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.query.support.EventPositions;
import com.pilotledger.query.support.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Keeps one board row per pilot, and every version it had: after each event that changed a row, a copy valid from the
 * event's business instant until the next version. Times come from the events, never from the clock, so a replay
 * writes the same rows; days in posture are derived at read time from {@code posture_since}.
 */
@Component
@ProcessingGroup(BoardProjection.GROUP)
public class BoardProjection {

    public static final String GROUP = "portfolio-board";

    /** The columns a version copies from the board row: listed, so columns added to the row for today stay there. */
    private static final String VERSIONED_COLUMNS = "pilot_id, name, business_unit, sponsor, operational_owner, status, "
            + "authorized_posture, recommended_posture, operational_ownership, governance_continuity, "
            + "deployment_sequencing, production_economics, operational_resilience, portfolio_coordination, currency, "
            + "capital_requested, capital_authorized, capital_committed, capital_frozen, posture_since, registered_at, "
            + "last_breach_at, last_breach, kill_criteria_met, name_key, authorized_rank, recommended_rank";

    private final JdbcClient jdbc;
    private final EventPositions positions;
    private final BoardTotals totals;
    private final OpenVersions openVersions;

    /** Statements through the client; the closes of versions as one JDBC batch per batch of events (the template). */
    public BoardProjection(JdbcClient jdbc, JdbcTemplate batches, EventPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.totals = new BoardTotals(jdbc);
        this.openVersions = new OpenVersions(batches);
    }

    @EventHandler
    void on(PilotRegistered event, EventMessage<?> message) {
        // The name is folded to its sort key by the database, as V21 folded the names already on the board.
        jdbc.sql("""
                        INSERT INTO board_pilot (pilot_id, name, name_key, business_unit, sponsor, operational_owner,
                            status, authorized_posture, authorized_rank, recommended_posture, recommended_rank,
                            currency, capital_requested, capital_authorized, posture_since, registered_at)
                        VALUES (?, ?, LOWER(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.pilotId(), event.name(), event.name(), event.businessUnit(), event.sponsor(),
                        event.operationalOwner(), PilotStatus.PROPOSED.name(), Posture.PAUSE.name(),
                        rank(Posture.PAUSE), Posture.PAUSE.name(), rank(Posture.PAUSE),
                        event.requestedCapital().currency(), event.requestedCapital().amount(), BigDecimal.ZERO,
                        Sql.timestamp(event.registeredAt()), Sql.timestamp(event.registeredAt()))
                .update();
        totals.moved(event.pilotId());
        keepVersion(message, event.pilotId(), event.registeredAt());
    }

    @EventHandler
    void on(PostureRecommendationChanged event, EventMessage<?> message) {
        jdbc.sql("UPDATE board_pilot SET recommended_posture = ?, recommended_rank = ? WHERE pilot_id = ?")
                .params(event.recommended().name(), rank(event.recommended()), event.pilotId()).update();
        keepVersion(message, event.pilotId(), event.changedAt());
    }

    @EventHandler
    void on(SignalRecorded event, EventMessage<?> message) {
        // The column names come from the enum, never from input: per stabilization domain, the level that counts, when
        // it was observed and its event. Only a reading that supersedes it (LatestObservation) replaces it, so a late
        // older reading, or a repeat of an earlier event, changes nothing.
        String level = event.domain().name().toLowerCase();
        OffsetDateTime observedAt = Sql.timestamp(LatestObservation.observedAt(event));
        long position = positions.of(message);
        int counted = jdbc.sql("UPDATE board_pilot SET " + level + " = ?, " + level + "_observed_at = ?, " + level
                        + "_position = ? WHERE pilot_id = ? AND (" + level + "_position IS NULL OR " + level
                        + "_observed_at < ? OR (" + level + "_observed_at = ? AND " + level + "_position <= ?))")
                .params(event.level().name(), observedAt, position, event.pilotId(), observedAt, observedAt, position)
                .update();
        // A reading holds from when it was observed; one that does not count left the row as it was: no new version.
        if (counted > 0) {
            keepVersion(message, event.pilotId(), LatestObservation.observedAt(event));
        }
    }

    @EventHandler
    void on(InvestmentAuthorized event, EventMessage<?> message) {
        jdbc.sql("UPDATE board_pilot SET capital_authorized = ? WHERE pilot_id = ?")
                .params(event.capital().amount(), event.pilotId()).update();
        changePosture(event.pilotId(), event.posture(), PilotStatus.ACTIVE, event.decidedAt());
        keepVersion(message, event.pilotId(), event.decidedAt());
    }

    @EventHandler
    void on(PilotPaused event, EventMessage<?> message) {
        changePosture(event.pilotId(), Posture.PAUSE, PilotStatus.PAUSED, event.decidedAt());
        keepVersion(message, event.pilotId(), event.decidedAt());
    }

    @EventHandler
    void on(PilotKilled event, EventMessage<?> message) {
        changePosture(event.pilotId(), Posture.PAUSE, PilotStatus.KILLED, event.decidedAt());
        keepVersion(message, event.pilotId(), event.decidedAt());
    }

    @EventHandler
    void on(CapitalCommitted event, EventMessage<?> message) {
        jdbc.sql("UPDATE board_pilot SET capital_committed = ?, capital_frozen = FALSE WHERE pilot_id = ?")
                .params(event.total().amount(), event.pilotId()).update();
        keepVersion(message, event.pilotId(), event.committedAt());
    }

    @EventHandler
    void on(PilotCapitalFrozen event, EventMessage<?> message) {
        jdbc.sql("UPDATE board_pilot SET capital_frozen = TRUE WHERE pilot_id = ?").param(event.pilotId()).update();
        keepVersion(message, event.pilotId(), event.frozenAt());
    }

    @EventHandler
    void on(PilotCapitalReleased event, EventMessage<?> message) {
        jdbc.sql("UPDATE board_pilot SET capital_committed = 0, capital_frozen = FALSE WHERE pilot_id = ?")
                .param(event.pilotId()).update();
        keepVersion(message, event.pilotId(), event.releasedAt());
    }

    /**
     * The latest breach by observation: a breach reported late about an older point leaves a newer one in place, and
     * the same event applied twice writes the same values.
     */
    @EventHandler
    void on(MetricThresholdBreached event, EventMessage<?> message) {
        int changed = jdbc.sql("UPDATE board_pilot SET last_breach_at = ?, last_breach = ? WHERE pilot_id = ? "
                        + "AND (last_breach_at IS NULL OR last_breach_at <= ?)")
                .params(Sql.timestamp(event.observedAt()), event.evidence(), event.pilotId(),
                        Sql.timestamp(event.observedAt()))
                .update();
        if (changed > 0) {
            keepVersion(message, event.pilotId(), event.observedAt());
        }
    }

    /** The board quotes the latest criterion met; the audit and the recommendation's reason name every one. */
    @EventHandler
    void on(KillCriterionMet event, EventMessage<?> message) {
        jdbc.sql("UPDATE board_pilot SET kill_criteria_met = ? WHERE pilot_id = ?")
                .params(event.evidence(), event.pilotId()).update();
        keepVersion(message, event.pilotId(), event.metAt());
    }

    /**
     * A pilot's owners are today's only (the board as of an instant filters on them too): they decide who records
     * evidence now, not what the pilot looked like. Applied twice, either leaves the same rows.
     */
    @EventHandler
    void on(PilotOwnerAssigned event) {
        jdbc.sql("INSERT INTO pilot_owner (pilot_id, username) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.pilotId(), event.owner()).update();
    }

    @EventHandler
    void on(PilotOwnerRemoved event) {
        jdbc.sql("DELETE FROM pilot_owner WHERE pilot_id = ? AND username = ?").params(event.pilotId(), event.owner())
                .update();
    }

    /**
     * The posture clock restarts only when the authorized posture really changes. Posture and status are what the
     * totals group by, so the pilot's totals follow (last: outside a batch they are counted at once).
     */
    private void changePosture(String pilotId, Posture posture, PilotStatus status, Instant at) {
        jdbc.sql("""
                        UPDATE board_pilot
                        SET posture_since = CASE WHEN authorized_posture = ? THEN posture_since ELSE ? END,
                            authorized_posture = ?, authorized_rank = ?, status = ?
                        WHERE pilot_id = ?""")
                .params(posture.name(), Sql.timestamp(at), posture.name(), rank(posture), status.name(), pilotId)
                .update();
        totals.moved(pilotId);
    }

    /** A posture's place in the board's sort, from the most restrictive (0), as V21 ranked the postures on the board. */
    private static int rank(Posture posture) {
        return posture.ordinal();
    }

    /**
     * Closes the pilot's open version and keeps a copy of its row as it now stands, valid from the event's business
     * instant. An instant earlier than the open version's start (a late event, a skewed clock) is moved up to that
     * start, so a pilot's versions never overlap and no total counts a pilot twice; the closed version then covers no
     * time at all. Run twice for one event it changes nothing: an open version of this event or a later one means the
     * event was kept already, and the copy is keyed by the event's position. The copy is taken now (a later event of
     * the batch changes the row again); the close waits for the batch ({@link OpenVersions}).
     */
    private void keepVersion(EventMessage<?> message, String pilotId, Instant at) {
        long position = positions.of(message);
        Instant from = at;
        List<OpenVersions.OpenVersion> open = openVersions.of(pilotId);
        for (OpenVersions.OpenVersion version : open) {
            if (version.position() >= position) {
                return;
            }
            from = from.isBefore(version.from()) ? version.from() : from;
        }
        jdbc.sql("INSERT INTO board_pilot_version (event_position, valid_from, " + VERSIONED_COLUMNS + ") "
                        + "SELECT ?, ?, " + VERSIONED_COLUMNS + " FROM board_pilot WHERE pilot_id = ? "
                        + "ON CONFLICT DO NOTHING")
                .params(position, Sql.timestamp(from), pilotId).update();
        openVersions.replaced(pilotId, open, position, from);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM pilot_owner").update();
        jdbc.sql("DELETE FROM board_pilot_version").update();
        jdbc.sql("DELETE FROM board_pilot").update();
        totals.reset();
    }
}
