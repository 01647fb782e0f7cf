package com.pilotledger.query.portfolio;

import com.pilotledger.query.support.Sql;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open version of each pilot's board row (valid_to null), as a batch of events changes it. A pilot's first event
 * in a batch looks its open version up; its later events find the one the batch opened, without asking the database.
 * Closing a version (valid_to, span key) needs nothing but values known here, so the closes of a batch go to the
 * database as one JDBC batch just before the batch's transaction commits; until then a closed version still reads as
 * open in the database, which only this projection reads within the batch, and only through this class. Outside a unit
 * of work (nothing to wait for) a version is closed at once.
 * <p>
 * {@link #replaced} is called last in a handler, once the new version is inserted: a handler that fails before it
 * leaves neither a close nor a cached version behind (its savepoint undoes its writes), and the pilot's later events of
 * the batch are parked behind it, so none reads a version the database does not have. Nothing in an event can make
 * the closes fail (they write a time and a number to rows found by primary key), so they fail a batch only with the
 * database, and the processor then retries the batch.
 */
final class OpenVersions {

    private static final String CLOSE = "UPDATE board_pilot_version SET valid_to = ?, span_key = ? WHERE event_position = ?";

    private final JdbcTemplate jdbc;
    private final String resource = OpenVersions.class.getName() + "@" + System.identityHashCode(this);

    OpenVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The pilot's open versions: one, or none before its registration is kept. */
    List<OpenVersion> of(String pilotId) {
        OpenVersion opened = batch() == null ? null : batch().opened().get(pilotId);
        if (opened != null) {
            return List.of(opened);
        }
        return jdbc.query(
                "SELECT event_position, valid_from FROM board_pilot_version WHERE pilot_id = ? AND valid_to IS NULL",
                (rs, n) -> new OpenVersion(rs.getLong("event_position"), Sql.instant(rs, "valid_from")), pilotId);
    }

    /** The pilot's open versions end at the instant, and the version kept at this position is open from it. */
    void replaced(String pilotId, List<OpenVersion> closed, long position, Instant from) {
        List<Object[]> closes = closed.stream().map(version -> new Object[] {Sql.timestamp(from),
                VersionSpans.key(version.from(), from), version.position()}).toList();
        Batch batch = batch();
        if (batch == null) {
            jdbc.batchUpdate(CLOSE, closes);
            return;
        }
        batch.closes().addAll(closes);
        batch.opened().put(pilotId, new OpenVersion(position, from));
    }

    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(resource, key -> {
            Batch batch = new Batch(new HashMap<>(), new ArrayList<>());
            unitOfWork.onPrepareCommit(committing -> jdbc.batchUpdate(CLOSE, batch.closes()));
            return batch;
        });
    }

    /** A version of a pilot's row in force now, kept after the event at this position. */
    record OpenVersion(long position, Instant from) {
    }

    /** What a batch opened per pilot, and the closes it has yet to write. */
    private record Batch(Map<String, OpenVersion> opened, List<Object[]> closes) {
    }
}
