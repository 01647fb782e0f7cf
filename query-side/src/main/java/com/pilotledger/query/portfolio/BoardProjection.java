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
import com.pilotledger.query.support.BatchPilots;
import com.pilotledger.query.support.DeferredWrites;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Keeps one board row per pilot, and every version it had: after each event that changed a row, a copy valid from the
 * event's business instant until the next version. Times come from the events, never from the clock, so a replay
 * writes the same rows; days in posture are derived at read time from {@code posture_since}. The rows a batch of
 * events changes are kept in memory and written once per batch ({@link BoardBatch}, {@link DeferredWrites}: at once
 * outside a unit of work, and in the retry of a batch whose write failed).
 */
@Component
@ProcessingGroup(BoardProjection.GROUP)
public class BoardProjection {

    public static final String GROUP = "portfolio-board";

    /** What the totals group and add up by: a change to any of them moves the pilot's totals (BoardTotals). */
    private static final List<String> COUNTED = List.of("business_unit", "authorized_posture", "status",
            "capital_requested", "capital_authorized");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final EventPositions positions;
    private final BoardTotals totals;
    private final DeferredWrites<BoardBatch> writes;

    /** Statements through the client; the batch's writes as JDBC batches (the template). */
    public BoardProjection(JdbcClient jdbc, JdbcTemplate batches, EventPositions positions) {
        this.jdbc = jdbc;
        this.template = batches;
        this.positions = positions;
        this.totals = new BoardTotals(jdbc);
        this.writes = new DeferredWrites<>(() -> new BoardBatch(batches, totals, BatchPilots.current()),
                BoardBatch::write);
    }

    /** Registered twice, the pilot keeps the row of its first registration. */
    @EventHandler
    void on(PilotRegistered event, EventMessage<?> message) {
        BoardBatch batch = batch();
        if (batch.row(event.pilotId()).isEmpty()) {
            BoardEntry row = BoardEntry.registering();
            row.set("pilot_id", event.pilotId());
            row.set("name", event.name());
            row.set("business_unit", event.businessUnit());
            row.set("sponsor", event.sponsor());
            row.set("operational_owner", event.operationalOwner());
            row.set("status", PilotStatus.PROPOSED.name());
            posture(row, "authorized", Posture.PAUSE);
            posture(row, "recommended", Posture.PAUSE);
            row.set("currency", event.requestedCapital().currency());
            row.set("capital_requested", event.requestedCapital().amount());
            row.set("capital_authorized", BigDecimal.ZERO);
            row.set("capital_committed", BigDecimal.ZERO);
            row.set("capital_frozen", false);
            row.setTime("posture_since", event.registeredAt());
            row.setTime("registered_at", event.registeredAt());
            batch.changed(row, positions.of(message), Sql.stored(event.registeredAt()));
            batch.moved(event.pilotId());
        }
        written(batch);
    }

    @EventHandler
    void on(PostureRecommendationChanged event, EventMessage<?> message) {
        change(event.pilotId(), message, event.changedAt(), row -> {
            posture(row, "recommended", event.recommended());
            return true;
        });
    }

    @EventHandler
    void on(SignalRecorded event, EventMessage<?> message) {
        // Per stabilization domain, the level that counts, when it was observed and its event. Only a reading that
        // supersedes it (LatestObservation) replaces it, so a late older reading, or a repeat of an earlier event,
        // changes nothing. A reading holds from when it was observed; one that does not count makes no new version.
        Instant observedAt = Sql.stored(LatestObservation.observedAt(event));
        long position = positions.of(message);
        String level = BoardEntry.reading(event.domain());
        change(event.pilotId(), message, observedAt, row -> {
            Instant counted = row.instant(level + "_observed_at");
            Long countedPosition = (Long) row.get(level + "_position");
            if (countedPosition != null && !counted.isBefore(observedAt)
                    && !(counted.equals(observedAt) && countedPosition <= position)) {
                return false;
            }
            row.set(level, event.level().name());
            row.setTime(level + "_observed_at", observedAt);
            row.set(level + "_position", position);
            return true;
        });
    }

    @EventHandler
    void on(InvestmentAuthorized event, EventMessage<?> message) {
        change(event.pilotId(), message, event.decidedAt(), row -> {
            row.set("capital_authorized", event.capital().amount());
            return changePosture(row, event.posture(), PilotStatus.ACTIVE, event.decidedAt());
        });
    }

    @EventHandler
    void on(PilotPaused event, EventMessage<?> message) {
        change(event.pilotId(), message, event.decidedAt(),
                row -> changePosture(row, Posture.PAUSE, PilotStatus.PAUSED, event.decidedAt()));
    }

    @EventHandler
    void on(PilotKilled event, EventMessage<?> message) {
        change(event.pilotId(), message, event.decidedAt(),
                row -> changePosture(row, Posture.PAUSE, PilotStatus.KILLED, event.decidedAt()));
    }

    @EventHandler
    void on(CapitalCommitted event, EventMessage<?> message) {
        change(event.pilotId(), message, event.committedAt(), row -> {
            row.set("capital_committed", event.total().amount());
            row.set("capital_frozen", false);
            return true;
        });
    }

    @EventHandler
    void on(PilotCapitalFrozen event, EventMessage<?> message) {
        change(event.pilotId(), message, event.frozenAt(), row -> {
            row.set("capital_frozen", true);
            return true;
        });
    }

    @EventHandler
    void on(PilotCapitalReleased event, EventMessage<?> message) {
        change(event.pilotId(), message, event.releasedAt(), row -> {
            row.set("capital_committed", BigDecimal.ZERO);
            row.set("capital_frozen", false);
            return true;
        });
    }

    /**
     * The latest breach by observation: a breach reported late about an older point leaves a newer one in place, and
     * the same event applied twice writes the same values.
     */
    @EventHandler
    void on(MetricThresholdBreached event, EventMessage<?> message) {
        change(event.pilotId(), message, event.observedAt(), row -> {
            Instant last = row.instant("last_breach_at");
            if (last != null && last.isAfter(Sql.stored(event.observedAt()))) {
                return false;
            }
            row.setTime("last_breach_at", event.observedAt());
            row.set("last_breach", event.evidence());
            return true;
        });
    }

    /** The board quotes the latest criterion met; the audit and the recommendation's reason name every one. */
    @EventHandler
    void on(KillCriterionMet event, EventMessage<?> message) {
        change(event.pilotId(), message, event.metAt(), row -> {
            row.set("kill_criteria_met", event.evidence());
            return true;
        });
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
     * Applies an event to the pilot's row (a copy: the batch keeps it only once the change is made) and keeps the row
     * as it then stands as a version, valid from the event's business instant. A change that returns false left the
     * row as it was: no version. An event of a pilot the board does not have changes nothing, and so does an event
     * the row has had already: an open version of this event or a later one means it was applied, in the same
     * transaction. An instant earlier than the open version's start (a late event, a skewed clock) is moved up to that
     * start, so a pilot's versions never overlap and no total counts a pilot twice; the closed version then covers no
     * time at all. A change to what the totals count moves the pilot's totals with the batch.
     */
    private void change(String pilotId, EventMessage<?> message, Instant at, Predicate<BoardEntry> change) {
        BoardBatch batch = batch();
        Optional<BoardEntry> found = batch.row(pilotId);
        long position = positions.of(message);
        if (found.isPresent()
                && found.get().open().stream().noneMatch(version -> version.position() >= position)) {
            BoardEntry row = found.get();
            Instant from = Sql.stored(at);
            for (BoardEntry.OpenVersion version : row.open()) {
                from = from.isBefore(version.from()) ? version.from() : from;
            }
            Object[] counted = row.values(COUNTED);
            if (change.test(row)) {
                batch.changed(row, position, from);
                if (!Arrays.equals(counted, row.values(COUNTED))) {
                    batch.moved(pilotId);
                }
            }
        }
        written(batch);
    }

    /** The posture clock restarts only when the authorized posture really changes. */
    private static boolean changePosture(BoardEntry row, Posture posture, PilotStatus status, Instant at) {
        if (!posture.name().equals(row.get("authorized_posture"))) {
            row.setTime("posture_since", at);
        }
        posture(row, "authorized", posture);
        row.set("status", status.name());
        return true;
    }

    /** A posture with its place in the board's sort, from the most restrictive (0), as V21 ranked them. */
    private static void posture(BoardEntry row, String which, Posture posture) {
        row.set(which + "_posture", posture.name());
        row.set(which + "_rank", posture.ordinal());
    }

    /** The batch of the unit of work the event is handled in; where it is written at once, a batch of its own. */
    private BoardBatch batch() {
        BoardBatch batch = writes.collecting();
        return batch == null ? new BoardBatch(template, totals, Set.of()) : batch;
    }

    /** An event written at once is written before its handler returns. */
    private void written(BoardBatch batch) {
        if (writes.collecting() != batch) {
            batch.write();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM pilot_owner").update();
        jdbc.sql("DELETE FROM board_pilot_version").update();
        jdbc.sql("DELETE FROM board_pilot").update();
        totals.reset();
        BoardBatch batch = writes.collecting();
        if (batch != null) {
            batch.forget();
        }
    }
}
