package com.pilotledger.query.portfolio;

import com.pilotledger.query.support.BatchPilots;
import com.pilotledger.query.support.DeferredWrites;
import com.pilotledger.query.support.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The board rows one batch of events changes, kept in memory while the batch runs and written once, just before its
 * transaction commits: each changed row with its last values, each version the batch kept, the closes of the versions
 * they replaced, then the totals of the pilots that moved, in that order (the totals are counted from the rows). The
 * first event that asks for a row reads the rows and open versions of every pilot the batch's events concern, in one
 * query; later events find them here. A version the batch both opens and closes is inserted closed. Before, the board
 * wrote every event with its own statements (the row's update, a version copied from it), which bounded a rebuild to
 * the database's round trips.
 * <p>
 * Rows and versions are found by primary key or inserted with ON CONFLICT DO NOTHING, and every value fits its column,
 * as the command side checks every limit before the event exists (docs/operations.md). Should the database refuse a
 * write all the same, the batch fails and its retry writes each event at once ({@link DeferredWrites}), so the refused
 * event is parked alone.
 */
final class BoardBatch {

    private static final String VERSION_COLUMNS = "event_position, valid_from, valid_to, span_key, "
            + String.join(", ", BoardEntry.VERSIONED) + ", name_key";
    private static final String LOAD = "SELECT " + BoardEntry.COLUMNS.stream().map(column -> "b." + column)
            .collect(Collectors.joining(", ")) + ", v.event_position AS open_position, v.valid_from AS open_from "
            + "FROM board_pilot b LEFT JOIN board_pilot_version v ON v.pilot_id = b.pilot_id AND v.valid_to IS NULL "
            + "WHERE b.pilot_id IN ";
    private static final String INSERT = "INSERT INTO board_pilot (" + String.join(", ", BoardEntry.COLUMNS)
            + ", name_key) VALUES (" + "?, ".repeat(BoardEntry.COLUMNS.size()) + "LOWER(?)) ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE board_pilot SET " + BoardEntry.COLUMNS.stream()
            .map(column -> column + " = ?").collect(Collectors.joining(", ")) + " WHERE pilot_id = ?";
    private static final String INSERT_VERSION = "INSERT INTO board_pilot_version (" + VERSION_COLUMNS + ") VALUES ("
            + "?, ".repeat(4 + BoardEntry.VERSIONED.size()) + "LOWER(?)) ON CONFLICT DO NOTHING";
    private static final String CLOSE =
            "UPDATE board_pilot_version SET valid_to = ?, span_key = ? WHERE event_position = ?";

    private final JdbcTemplate jdbc;
    private final BoardTotals totals;
    /** The pilots the batch's events concern, read together when the first of them is asked for. */
    private final Set<String> pilots;
    /** Per pilot, its row as the batch left it; an empty one for a pilot the board does not have. */
    private final Map<String, Optional<BoardEntry>> entries = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    /** The versions to insert by position, their valid_to and span key set when the batch closes them too. */
    private final Map<Long, Object[]> versions = new LinkedHashMap<>();
    private final List<Object[]> closes = new ArrayList<>();
    private final Set<String> moved = new LinkedHashSet<>();

    BoardBatch(JdbcTemplate jdbc, BoardTotals totals, Set<String> pilots) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.pilots = pilots;
    }

    /** The pilot's row as the batch left it, as a copy to change; empty when the board does not have the pilot. */
    Optional<BoardEntry> row(String pilotId) {
        if (!entries.containsKey(pilotId)) {
            read(BatchPilots.unread(pilots, entries.keySet(), pilotId));
        }
        return entries.get(pilotId).map(BoardEntry::copy);
    }

    /** The rows of these pilots and their open versions, in one query; an empty entry for a pilot without one. */
    private void read(Set<String> unread) {
        Map<String, BoardEntry> found = new HashMap<>();
        jdbc.query(LOAD + Sql.parameters(unread.size()), rs -> {
            BoardEntry entry = found.get(rs.getString("pilot_id"));
            if (entry == null) {
                found.put(rs.getString("pilot_id"), BoardEntry.stored(rs));
            } else {
                entry.openFrom(rs);
            }
        }, unread.toArray());
        unread.forEach(pilotId -> entries.put(pilotId, Optional.ofNullable(found.get(pilotId))));
    }

    /**
     * The changed row as an event at this position left it, in force from the instant: its open versions end then
     * and a version of it begins. Called last by a handler, with nothing left that can fail.
     */
    void changed(BoardEntry entry, long position, Instant from) {
        for (BoardEntry.OpenVersion version : entry.open()) {
            Object[] close = {Sql.timestamp(from), VersionSpans.key(version.from(), from)};
            Object[] opened = versions.get(version.position());
            if (opened != null) {
                System.arraycopy(close, 0, opened, 2, 2);
            } else {
                closes.add(new Object[] {close[0], close[1], version.position()});
            }
        }
        entry.opened(new BoardEntry.OpenVersion(position, from));
        versions.put(position, Stream.of(new Object[] {position, Sql.timestamp(from), null, null},
                entry.values(BoardEntry.VERSIONED), new Object[] {entry.get("name")})
                .flatMap(Stream::of).toArray());
        String pilotId = (String) entry.get("pilot_id");
        entries.put(pilotId, Optional.of(entry));
        changed.add(pilotId);
    }

    /** The pilot's posture, status or capital changed: its totals move once the rows are written. */
    void moved(String pilotId) {
        moved.add(pilotId);
    }

    /** What a reset removed from the tables is no longer the batch's to write. */
    void forget() {
        entries.clear();
        changed.clear();
        versions.clear();
        closes.clear();
        moved.clear();
    }

    void write() {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (String pilotId : changed) {
            BoardEntry entry = entries.get(pilotId).orElseThrow();
            if (entry.stored()) {
                updates.add(Stream.of(entry.values(BoardEntry.COLUMNS), new Object[] {pilotId})
                        .flatMap(Stream::of).toArray());
            } else {
                inserts.add(Stream.of(entry.values(BoardEntry.COLUMNS), new Object[] {entry.get("name")})
                        .flatMap(Stream::of).toArray());
            }
        }
        batch(INSERT, inserts);
        batch(UPDATE, updates);
        batch(INSERT_VERSION, new ArrayList<>(versions.values()));
        batch(CLOSE, closes);
        if (!moved.isEmpty()) {
            totals.move(moved);
        }
        forget();
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
