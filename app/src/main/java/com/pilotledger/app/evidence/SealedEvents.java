package com.pilotledger.app.evidence;

import com.pilotledger.app.integrity.SealedLogKept;
import com.pilotledger.verifier.EventRow;
import com.pilotledger.verifier.JdbcLedger;
import com.pilotledger.verifier.Seal;
import com.pilotledger.verifier.Sealing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * The event store and its seals as stored, read through database cursors one row at a time, so a pack of any size
 * takes constant memory. Callers run these inside a read-only transaction (PostgreSQL streams only in one).
 */
@Component
@SealedLogKept
class SealedEvents {

    private static final int FETCH_SIZE = 500;

    /** An event as stored and the chain position of its seal. */
    record SealedEvent(EventRow event, long position) {
    }

    private final JdbcClient jdbc;

    SealedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every event sealed at a chain position up to {@code through}, in global order. */
    void forEach(long through, Consumer<SealedEvent> events) {
        jdbc.sql("SELECT " + JdbcLedger.EVENT_COLUMNS + ", chain_position FROM domain_event_entry"
                        + " JOIN (SELECT global_index AS sealed_index, chain_position FROM event_seal) s"
                        + " ON s.sealed_index = global_index WHERE chain_position <= ? ORDER BY global_index")
                .param(through)
                .withFetchSize(FETCH_SIZE)
                .query(row -> {
                    events.accept(new SealedEvent(JdbcLedger.event(row), row.getLong(11)));
                });
    }

    /** The seals from chain position {@code first} to {@code last}, in chain order. */
    void seals(long first, long last, Consumer<Seal> seals) {
        jdbc.sql("SELECT " + JdbcLedger.SEAL_COLUMNS + " FROM event_seal"
                        + " WHERE chain_position BETWEEN ? AND ? ORDER BY chain_position")
                .params(first, last)
                .withFetchSize(FETCH_SIZE)
                .query(row -> {
                    seals.accept(JdbcLedger.seal(row));
                });
    }

    /** The chain hash before the seal at this position. */
    byte[] chainBefore(long position) {
        return position <= 1 ? Sealing.GENESIS : jdbc.sql("SELECT chain FROM event_seal WHERE chain_position = ?")
                .param(position - 1).query(byte[].class).single();
    }

    /** How many events the sealed log holds. */
    long sealed() {
        return jdbc.sql("SELECT chain_position FROM seal_head WHERE id = 1").query(Long.class).single();
    }

    /** Whether the store holds this pilot's registration (the first event of its stream). */
    boolean pilotExists(String pilotId) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0")
                .param(pilotId).query(Long.class).single() > 0;
    }
}
