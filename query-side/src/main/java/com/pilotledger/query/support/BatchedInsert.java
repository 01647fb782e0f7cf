package com.pilotledger.query.support;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * One INSERT statement whose rows are collected over a processor's batch of events and sent to the database as one
 * JDBC batch just before the batch's transaction commits, together with its token. A projection that adds a row for
 * every event otherwise pays a round trip per event, which bounded a rebuild to the database's single-statement rate.
 * Outside a unit of work (nothing to wait for) a row is inserted at once. A batch that fails rolls back with its
 * unit of work, collected rows and all.
 */
public final class BatchedInsert {

    private final JdbcTemplate jdbc;
    private final String sql;
    private final String resource = BatchedInsert.class.getName() + "@" + System.identityHashCode(this);

    public BatchedInsert(JdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    public void add(Object... row) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, row);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        unitOfWork.<List<Object[]>>getOrComputeResource(resource, key -> {
            List<Object[]> rows = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> jdbc.batchUpdate(sql, rows));
            return rows;
        }).add(row);
    }
}
