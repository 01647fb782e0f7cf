package com.pilotledger.query.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One UPDATE statement whose rows are written once per processor's batch of events: a row that several events of the
 * batch change (a pilot's case, re-recommended) is sent only with the values of the last of them, and all rows go to
 * the database as one JDBC batch just before the batch's transaction commits, as {@link BatchedInsert} does for
 * appends ({@link DeferredWrites}: at once outside a unit of work, and in the retry of a batch whose write failed).
 * Events arrive in global order, so the last change put for a key is the one a row-by-row update would have left. A
 * batch that fails rolls back with its unit of work, collected rows and all.
 * <p>
 * The row must exist when the batch commits: the statement updates, it never inserts.
 */
public final class CoalescedUpdate<K> {

    private final JdbcTemplate jdbc;
    private final String sql;
    private final DeferredWrites<Map<K, Object[]>> writes;

    public CoalescedUpdate(JdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.writes = new DeferredWrites<>(LinkedHashMap::new,
                rows -> jdbc.batchUpdate(sql, new ArrayList<>(rows.values())));
    }

    /** The row's new values, in the statement's parameter order, for the row with this key. */
    public void put(K key, Object... row) {
        Map<K, Object[]> rows = writes.collecting();
        if (rows == null) {
            jdbc.update(sql, row);
        } else {
            rows.put(key, row);
        }
    }
}
