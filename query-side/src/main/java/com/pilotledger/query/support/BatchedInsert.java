package com.pilotledger.query.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * One INSERT statement whose rows are collected over a processor's batch of events and sent to the database as one
 * JDBC batch just before the batch's transaction commits, together with its token ({@link DeferredWrites}: at once
 * outside a unit of work, and in the retry of a batch whose write failed). A projection that adds a row for every
 * event otherwise pays a round trip per event, which bounded a rebuild to the database's single-statement rate. A
 * batch that fails rolls back with its unit of work, collected rows and all.
 */
public final class BatchedInsert {

    private final JdbcTemplate jdbc;
    private final String sql;
    private final DeferredWrites<List<Object[]>> writes;

    public BatchedInsert(JdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.writes = new DeferredWrites<>(ArrayList::new, rows -> jdbc.batchUpdate(sql, rows));
    }

    public void add(Object... row) {
        List<Object[]> rows = writes.collecting();
        if (rows == null) {
            jdbc.update(sql, row);
        } else {
            rows.add(row);
        }
    }
}
