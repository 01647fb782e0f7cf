package com.pilotledger.query.portfolio;

import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.query.support.Sql;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A pilot's board row as the events of a batch leave it: the columns the projection writes, by name, and the versions
 * of the row still open (valid_to null). A handler changes a copy ({@link #copy}), so one that fails leaves the
 * batch's entry as it was. The sort key of the name ({@code name_key}) is not held: the database folds it from the
 * name on every write, as V21 folded the names already on the board.
 */
final class BoardEntry {

    /** The columns a version copies from the board row; columns added to the row for today only stay out. */
    static final List<String> VERSIONED = List.of("pilot_id", "name", "business_unit", "sponsor", "operational_owner",
            "status", "authorized_posture", "recommended_posture", "operational_ownership", "governance_continuity",
            "deployment_sequencing", "production_economics", "operational_resilience", "portfolio_coordination",
            "currency", "capital_requested", "capital_authorized", "capital_committed", "capital_frozen",
            "posture_since", "registered_at", "last_breach_at", "last_breach", "kill_criteria_met", "authorized_rank",
            "recommended_rank");

    /** Every column of the row the projection writes: the versioned ones and, per domain, which reading counts. */
    static final List<String> COLUMNS = Stream.concat(VERSIONED.stream(), Arrays.stream(StabilizationDomain.values())
            .flatMap(domain -> Stream.of(reading(domain) + "_observed_at", reading(domain) + "_position"))).toList();

    private final Map<String, Object> columns;
    private final List<OpenVersion> open;
    private final boolean stored;

    private BoardEntry(Map<String, Object> columns, List<OpenVersion> open, boolean stored) {
        this.columns = columns;
        this.open = open;
        this.stored = stored;
    }

    /** A pilot's row before its registration is kept: every column empty, nothing stored, no version. */
    static BoardEntry registering() {
        Map<String, Object> columns = new LinkedHashMap<>();
        COLUMNS.forEach(column -> columns.put(column, null));
        return new BoardEntry(columns, new ArrayList<>(), false);
    }

    /**
     * The row as stored, from a row of a query of its {@link #COLUMNS} joined to one of its open versions
     * ({@code open_position} and {@code open_from}; null when it has none). Times are read as offset date-times on
     * either database, so they are written back unchanged.
     */
    static BoardEntry stored(ResultSet rs) throws SQLException {
        Map<String, Object> columns = new LinkedHashMap<>();
        ResultSetMetaData meta = rs.getMetaData();
        for (String column : COLUMNS) {
            int index = rs.findColumn(column);
            int type = meta.getColumnType(index);
            boolean time = type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE;
            columns.put(column, time ? rs.getObject(index, OffsetDateTime.class) : rs.getObject(index));
        }
        BoardEntry entry = new BoardEntry(columns, new ArrayList<>(), true);
        entry.openFrom(rs);
        return entry;
    }

    /** The open version a further row of that query joins to the row, if it joins one. */
    void openFrom(ResultSet rs) throws SQLException {
        long position = rs.getLong("open_position");
        if (!rs.wasNull()) {
            open.add(new OpenVersion(position, rs.getObject("open_from", OffsetDateTime.class).toInstant()));
        }
    }

    static String reading(StabilizationDomain domain) {
        return domain.name().toLowerCase();
    }

    BoardEntry copy() {
        return new BoardEntry(new LinkedHashMap<>(columns), new ArrayList<>(open), stored);
    }

    Object get(String column) {
        return columns.get(column);
    }

    Instant instant(String column) {
        OffsetDateTime value = (OffsetDateTime) columns.get(column);
        return value == null ? null : value.toInstant();
    }

    /** A time as the column will hold it (see {@link Sql#stored}), so it compares as the stored ones do. */
    void setTime(String column, Instant value) {
        set(column, Sql.timestamp(Sql.stored(value)));
    }

    void set(String column, Object value) {
        if (!columns.containsKey(column)) {
            throw new IllegalArgumentException("The board row has no column " + column);
        }
        columns.put(column, value);
    }

    List<OpenVersion> open() {
        return List.copyOf(open);
    }

    /** The row's open versions are now this one only (the others are closed as of its start). */
    void opened(OpenVersion version) {
        open.clear();
        open.add(version);
    }

    /** Whether the row is in the database: written by an UPDATE, not an INSERT. */
    boolean stored() {
        return stored;
    }

    /** The values of the columns, in this order. */
    Object[] values(List<String> names) {
        return names.stream().map(columns::get).toArray();
    }

    /** A version of a pilot's row in force now, kept after the event at this position. */
    record OpenVersion(long position, Instant from) {
    }
}
