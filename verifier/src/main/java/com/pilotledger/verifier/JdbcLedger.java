package com.pilotledger.verifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The sealed log in the application's database, read with plain SQL: Axon's event table
 * ({@code domain_event_entry}), the seals ({@code event_seal}), the signed checkpoints ({@code seal_checkpoint}) and
 * the public keys the application published ({@code signing_key}). Rows are streamed with a cursor, so a log of any
 * length takes constant memory. Run it in one read-only transaction at repeatable read, so both passes see the same
 * log (PostgreSQL also streams only inside a transaction).
 */
public final class JdbcLedger implements LedgerSource {

    /** The columns of {@code domain_event_entry} an {@link EventRow} holds, in the order {@link #event} reads them. */
    public static final String EVENT_COLUMNS = "global_index, event_identifier, type, aggregate_identifier,"
            + " sequence_number, time_stamp, payload_type, payload_revision, payload, meta_data";
    /** The columns of {@code event_seal} a {@link Seal} holds, in the order {@link #seal} reads them. */
    public static final String SEAL_COLUMNS = "chain_position, global_index, event_identifier, leaf, chain";

    private static final int FETCH_SIZE = 1000;
    private static final String EVENTS = "SELECT " + EVENT_COLUMNS + " FROM domain_event_entry ORDER BY global_index";
    private static final String SEALS = "SELECT " + SEAL_COLUMNS + " FROM event_seal";

    private final Connection connection;

    public JdbcLedger(Connection connection) {
        this.connection = connection;
    }

    @Override
    public boolean complete() {
        return true;
    }

    @Override
    public byte[] chainBefore() {
        return Sealing.GENESIS;
    }

    @Override
    public void sealsInChainOrder(Consumer<Seal> seals) {
        try (PreparedStatement statement = cursor(SEALS + " ORDER BY chain_position");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                seals.accept(seal(rows));
            }
        } catch (SQLException e) {
            throw new LedgerUnreadableException("the seals", e);
        }
    }

    /** Two cursors in global order, merged: the events and the seals; read ahead of the checks ({@link ReadAhead}). */
    @Override
    public void eventsInGlobalOrder(BiConsumer<EventRow, Seal> pairs) {
        ReadAhead.<Pair>run(this::readInGlobalOrder, pair -> pairs.accept(pair.event(), pair.seal()));
    }

    private record Pair(EventRow event, Seal seal) {
    }

    private void readInGlobalOrder(Consumer<Pair> pairs) {
        try (PreparedStatement eventStatement = cursor(EVENTS);
             PreparedStatement sealStatement = cursor(SEALS + " ORDER BY global_index");
             ResultSet events = eventStatement.executeQuery();
             ResultSet seals = sealStatement.executeQuery()) {
            EventRow event = events.next() ? event(events) : null;
            Seal seal = seals.next() ? seal(seals) : null;
            while (event != null || seal != null) {
                if (seal == null || event != null && event.globalIndex() < seal.globalIndex()) {
                    pairs.accept(new Pair(event, null));
                    event = events.next() ? event(events) : null;
                } else if (event == null || seal.globalIndex() < event.globalIndex()) {
                    pairs.accept(new Pair(null, seal));
                    seal = seals.next() ? seal(seals) : null;
                } else {
                    pairs.accept(new Pair(event, seal));
                    event = events.next() ? event(events) : null;
                    seal = seals.next() ? seal(seals) : null;
                }
            }
        } catch (SQLException e) {
            throw new LedgerUnreadableException("the events", e);
        }
    }

    @Override
    public List<Checkpoint> checkpoints() {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (PreparedStatement statement = cursor("SELECT events, head, sealed_through, signed_at, key_id, signature"
                + " FROM seal_checkpoint ORDER BY events");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                checkpoints.add(new Checkpoint(rows.getLong(1), rows.getBytes(2), rows.getLong(3),
                        Instant.parse(rows.getString(4)), rows.getString(5), rows.getBytes(6)));
            }
        } catch (SQLException e) {
            throw new LedgerUnreadableException("the checkpoints", e);
        }
        return checkpoints;
    }

    @Override
    public List<String> publishedKeys() {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement statement = cursor("SELECT public_key FROM signing_key ORDER BY key_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new LedgerUnreadableException("the published keys", e);
        }
        return keys;
    }

    private PreparedStatement cursor(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        return statement;
    }

    /** The event in the current row, whose first columns are {@link #EVENT_COLUMNS}. */
    public static EventRow event(ResultSet row) throws SQLException {
        return new EventRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }

    /** The seal in the current row, whose first columns are {@link #SEAL_COLUMNS}. */
    public static Seal seal(ResultSet row) throws SQLException {
        return new Seal(row.getLong(1), row.getLong(2), row.getString(3), row.getBytes(4), row.getBytes(5));
    }
}
