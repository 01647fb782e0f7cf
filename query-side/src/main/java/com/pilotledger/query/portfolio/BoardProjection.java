package com.pilotledger.query.portfolio;

import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.PilotCapitalFrozen;
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.LatestObservation;
import com.pilotledger.api.pilot.PilotKilled;
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
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Keeps one board row per pilot. Times come from the events, never from the clock, so a replay writes the same rows;
 * days in posture are derived at read time from {@code posture_since}.
 */
@Component
@ProcessingGroup(BoardProjection.GROUP)
public class BoardProjection {

    public static final String GROUP = "portfolio-board";

    private final JdbcTemplate jdbc;
    private final EventPositions positions;

    public BoardProjection(JdbcTemplate jdbc, EventPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(PilotRegistered event) {
        jdbc.update("""
                        INSERT INTO board_pilot (pilot_id, name, business_unit, sponsor, operational_owner, status,
                            authorized_posture, recommended_posture, currency, capital_requested, capital_authorized,
                            posture_since, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.pilotId(), event.name(), event.businessUnit(), event.sponsor(), event.operationalOwner(),
                PilotStatus.PROPOSED.name(), Posture.PAUSE.name(), Posture.PAUSE.name(),
                event.requestedCapital().currency(), event.requestedCapital().amount(), BigDecimal.ZERO,
                Sql.timestamp(event.registeredAt()), Sql.timestamp(event.registeredAt()));
    }

    @EventHandler
    void on(PostureRecommendationChanged event) {
        jdbc.update("UPDATE board_pilot SET recommended_posture = ? WHERE pilot_id = ?",
                event.recommended().name(), event.pilotId());
    }

    @EventHandler
    void on(SignalRecorded event, EventMessage<?> message) {
        // The column names come from the enum, never from input: per stabilization domain, the level that counts, when
        // it was observed and its event. Only a reading that supersedes it (LatestObservation) replaces it, so a late
        // older reading, or a repeat of an earlier event, changes nothing.
        String level = event.domain().name().toLowerCase();
        OffsetDateTime observedAt = Sql.timestamp(LatestObservation.observedAt(event));
        long position = positions.of(message);
        jdbc.update("UPDATE board_pilot SET " + level + " = ?, " + level + "_observed_at = ?, " + level
                        + "_position = ? WHERE pilot_id = ? AND (" + level + "_position IS NULL OR " + level
                        + "_observed_at < ? OR (" + level + "_observed_at = ? AND " + level + "_position <= ?))",
                event.level().name(), observedAt, position, event.pilotId(), observedAt, observedAt, position);
    }

    @EventHandler
    void on(InvestmentAuthorized event) {
        changePosture(event.pilotId(), event.posture(), PilotStatus.ACTIVE, event.decidedAt());
        jdbc.update("UPDATE board_pilot SET capital_authorized = ? WHERE pilot_id = ?",
                event.capital().amount(), event.pilotId());
    }

    @EventHandler
    void on(PilotPaused event) {
        changePosture(event.pilotId(), Posture.PAUSE, PilotStatus.PAUSED, event.decidedAt());
    }

    @EventHandler
    void on(PilotKilled event) {
        changePosture(event.pilotId(), Posture.PAUSE, PilotStatus.KILLED, event.decidedAt());
    }

    @EventHandler
    void on(CapitalCommitted event) {
        jdbc.update("UPDATE board_pilot SET capital_committed = ?, capital_frozen = FALSE WHERE pilot_id = ?",
                event.total().amount(), event.pilotId());
    }

    @EventHandler
    void on(PilotCapitalFrozen event) {
        jdbc.update("UPDATE board_pilot SET capital_frozen = TRUE WHERE pilot_id = ?", event.pilotId());
    }

    @EventHandler
    void on(PilotCapitalReleased event) {
        jdbc.update("UPDATE board_pilot SET capital_committed = 0, capital_frozen = FALSE WHERE pilot_id = ?",
                event.pilotId());
    }

    /** The posture clock restarts only when the authorized posture really changes. */
    private void changePosture(String pilotId, Posture posture, PilotStatus status, Instant at) {
        jdbc.update("""
                        UPDATE board_pilot
                        SET posture_since = CASE WHEN authorized_posture = ? THEN posture_since ELSE ? END,
                            authorized_posture = ?, status = ?
                        WHERE pilot_id = ?""",
                posture.name(), Sql.timestamp(at), posture.name(), status.name(), pilotId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM board_pilot");
    }
}
