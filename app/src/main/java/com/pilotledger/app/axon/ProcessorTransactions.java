package com.pilotledger.app.axon;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactions of the event processors on PostgreSQL: they commit without waiting for the write-ahead log to reach
 * the disk ({@code synchronous_commit} off, for these transactions only). Everything they write (read models, tokens,
 * saga state, dead letters, the notification outbox) follows from the events and is written again from them: after a
 * crash of the database server, the last fraction of a second of these commits may be lost, together with the
 * tokens that covered them (one transaction), so the processors hand those events to their handlers again, which
 * delivery at least once requires them to take anyway. The events themselves are appended by the commands'
 * transactions, which keep waiting for the disk.
 * <p>
 * On this machine's disk a commit that waits costs about 2.4 ms (pg_test_fsync: 425 fdatasync/s under load), and
 * the processors committed about one and a half transactions per event; a transaction of the processors that joins
 * one already running is left as it is.
 */
final class ProcessorTransactions implements TransactionManager {

    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    ProcessorTransactions(TransactionManager transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public Transaction startTransaction() {
        boolean joining = TransactionSynchronizationManager.isActualTransactionActive();
        Transaction transaction = transactions.startTransaction();
        if (!joining) {
            try {
                jdbc.execute("SET LOCAL synchronous_commit TO OFF");
            } catch (RuntimeException failure) {
                transaction.rollback();
                throw failure;
            }
        }
        return transaction;
    }
}
