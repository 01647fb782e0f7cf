package com.pilotledger.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * What the database itself does on this machine, over plain JDBC through the application's own connection pool, with
 * rows shaped like the application's events (same columns, indexes and payload sizes) in scratch tables dropped
 * afterwards. Every rate the application reaches is compared with one of these.
 */
final class DatabaseCeiling {

    static final String SINGLE_ROW_1 = "single-row-commits-1-client";
    static final String SINGLE_ROW_N = "single-row-commits-n-clients";
    static final String BATCH_100 = "batches-of-100";
    static final String LOAD_100_APPEND = "load-100-append-1";
    static final String SNAPSHOT_APPEND = "load-snapshot-append-1";
    static final String ORDERED_READ = "ordered-read";
    static final String PROJECTION_WRITE = "projection-write";
    static final String METRIC_POINT_BATCHES = "metric-point-batches";

    /** Aggregates prepared per load-and-append ceiling, split between the clients so they never collide. */
    private static final int AGGREGATES = 1000;
    private static final int EVENTS_PER_AGGREGATE = 100;
    /** A snapshot every 50 events leaves 0 to 49 events after it, 25 on average. */
    private static final int EVENTS_AFTER_SNAPSHOT = 25;
    private static final String COLUMNS = "event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
            + "payload_type, payload_revision, payload, meta_data";
    private static final String INSERT = "INSERT INTO bench_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final byte[] PAYLOAD = ("{\"pilotId\":\"bench-pilot-1234\",\"domain\":\"PRODUCTION_ECONOMICS\","
            + "\"level\":\"STABILIZING\",\"evidence\":\"Weekly review: Production Economics is stabilizing; the named "
            + "owner confirmed the runbook, the escalation path and the cost report for this week.\",\"source\":"
            + "\"weekly operating review\",\"observedAt\":\"2026-11-21T09:00:00Z\",\"metric\":null,\"recordedBy\":"
            + "\"owen\",\"recordedAt\":\"2026-11-21T10:00:00.123456Z\"}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] META_DATA = ("{\"actor\":\"owen\",\"actorRoles\":\"PILOT_OWNER\",\"correlationId\":"
            + "\"0b7c2a64-52a4-4bb8-8d61-3d0f3f7d2c11\",\"traceId\":\"5d1c3a3e-1f2b-4c55-9d7e-0a1b2c3d4e5f\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] SNAPSHOT = new String(new char[2048]).replace('\0', 'x')
            .getBytes(StandardCharsets.UTF_8);

    private final DataSource dataSource;
    private final BenchReport report;
    private final int clients;
    private final Duration phase;

    DatabaseCeiling(DataSource dataSource, BenchReport report, int clients, Duration phase) {
        this.dataSource = dataSource;
        this.report = report;
        this.clients = clients;
        this.phase = phase;
    }

    /** Appending events: single rows, batches, and the load-then-append transaction of a command. */
    void measureWrites() throws SQLException {
        execute("CREATE TABLE bench_event (global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL "
                + "UNIQUE, aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type "
                + "VARCHAR(255), time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL, payload_revision "
                + "VARCHAR(255), payload BYTEA NOT NULL, meta_data BYTEA, UNIQUE (aggregate_identifier, sequence_number))");
        execute("CREATE TABLE bench_snapshot (aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT "
                + "NULL, payload BYTEA NOT NULL, PRIMARY KEY (aggregate_identifier, sequence_number))");
        try {
            rate(SINGLE_ROW_1, "single-row commits, 1 client", 1, 1, "rows/s",
                    (client, i) -> appendAlone("one-" + client, i));
            rate(SINGLE_ROW_N, "single-row commits, " + clients + " clients", clients, 1, "rows/s",
                    (client, i) -> appendAlone("many-" + client, i));
            rate(BATCH_100, "batches of 100 rows per commit, 1 client", 1, 100, "rows/s",
                    (client, i) -> appendBatch(i));
            prepareAggregates("load-", EVENTS_PER_AGGREGATE, false);
            prepareAggregates("snap-", EVENTS_AFTER_SNAPSHOT, true);
            rate(LOAD_100_APPEND, "load 100 events + append 1, " + clients + " clients", clients, 1,
                    "transactions/s", (client, i) -> loadAndAppend("load-" + aggregateOf(client), false));
            rate(SNAPSHOT_APPEND, "load snapshot + 25 events + append 1, " + clients + " clients", clients, 1,
                    "transactions/s", (client, i) -> loadAndAppend("snap-" + aggregateOf(client), true));
        } finally {
            execute("DROP TABLE bench_event");
            execute("DROP TABLE bench_snapshot");
        }
    }

    /**
     * Reading the application's own events in global order through one cursor, and the same read feeding one row per
     * event into a table in batches of 100, each batch committed with a position row: a projection at the speed of
     * the database.
     */
    void measureReads(long events) throws SQLException {
        Stopwatch read = Stopwatch.start();
        long rows = readInOrder(null);
        report.ceiling(ORDERED_READ, "ordered read of the " + rows + " events, one cursor, fetch size 1000",
                rows / read.elapsedSeconds(), "rows/s");
        execute("CREATE TABLE bench_projection (global_index BIGINT PRIMARY KEY, aggregate_identifier VARCHAR(255), "
                + "payload_type VARCHAR(255), time_stamp VARCHAR(255), payload BYTEA)");
        execute("CREATE TABLE bench_position (id INT PRIMARY KEY, position BIGINT)");
        execute("INSERT INTO bench_position VALUES (1, 0)");
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            Stopwatch written = Stopwatch.start();
            long projected = readInOrder(writer);
            report.ceiling(PROJECTION_WRITE, "ordered read + 1 row per event written in batches of 100",
                    projected / written.elapsedSeconds(), "rows/s");
            writer.setAutoCommit(true);
        } finally {
            execute("DROP TABLE bench_projection");
            execute("DROP TABLE bench_position");
        }
        if (rows != events) {
            throw new IllegalStateException("Read " + rows + " events, expected " + events);
        }
    }

    /**
     * Inserting production metric points as the read model keeps them (metric_point's columns, key and series index),
     * one batch of the ingestion scenario's size per commit: what S8 could reach if the database did nothing else.
     */
    void measureMetricPoints(int pointsPerBatch) throws SQLException {
        execute("CREATE TABLE bench_metric_point (event_position BIGINT NOT NULL, point_index INTEGER NOT NULL, "
                + "pilot_id VARCHAR(64) NOT NULL, metric VARCHAR(30) NOT NULL, metric_value NUMERIC(19, 4) NOT NULL, "
                + "observed_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (event_position, point_index))");
        execute("CREATE INDEX ix_bench_metric_point_series ON bench_metric_point (pilot_id, metric, observed_at)");
        AtomicLong batches = new AtomicLong();
        try {
            rate(METRIC_POINT_BATCHES, "batches of " + pointsPerBatch + " metric points per commit, " + clients
                    + " clients", clients, pointsPerBatch, "rows/s",
                    (client, i) -> insertPoints(batches.incrementAndGet(), "bench-pilot-" + client, pointsPerBatch));
        } finally {
            execute("DROP TABLE bench_metric_point");
        }
    }

    private void insertPoints(long batch, String pilot, int points) throws SQLException {
        OffsetDateTime hour = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).plusHours(batch);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO bench_metric_point VALUES (?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int point = 0; point < points; point++) {
                insert.setLong(1, batch);
                insert.setInt(2, point);
                insert.setString(3, pilot);
                insert.setString(4, "TASK_COMPLETION_RATE");
                insert.setBigDecimal(5, BigDecimal.valueOf(900 + point, 1));
                insert.setObject(6, hour.plusMinutes(point));
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private long readInOrder(Connection writer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("SELECT global_index, " + COLUMNS
                    + " FROM domain_event_entry ORDER BY global_index")) {
                select.setFetchSize(1000);
                long rows = 0;
                long index = 0;
                try (ResultSet result = select.executeQuery();
                     PreparedStatement insert = writer == null ? null : writer.prepareStatement(
                             "INSERT INTO bench_projection VALUES (?, ?, ?, ?, ?)");
                     PreparedStatement position = writer == null ? null : writer.prepareStatement(
                             "UPDATE bench_position SET position = ? WHERE id = 1")) {
                    while (result.next()) {
                        index = result.getLong(1);
                        for (int column = 2; column <= 10; column++) {
                            result.getObject(column);
                        }
                        rows++;
                        if (insert != null) {
                            insert.setLong(1, index);
                            insert.setString(2, result.getString(3));
                            insert.setString(3, result.getString(7));
                            insert.setString(4, result.getString(6));
                            insert.setBytes(5, result.getBytes(9));
                            insert.addBatch();
                            if (rows % 100 == 0) {
                                commitBatch(writer, insert, position, index);
                            }
                        }
                    }
                    if (insert != null) {
                        commitBatch(writer, insert, position, index);
                    }
                }
                connection.commit();
                return rows;
            }
        }
    }

    private static void commitBatch(Connection writer, PreparedStatement insert, PreparedStatement position,
                                    long index) throws SQLException {
        insert.executeBatch();
        position.setLong(1, index);
        position.executeUpdate();
        writer.commit();
    }

    @FunctionalInterface
    private interface Work {
        void run(int client, long iteration) throws SQLException;
    }

    /** Runs the work for the phase; each call counts as {@code perCall} of the unit (rows or transactions). */
    private void rate(String key, String description, int clientCount, int perCall, String unit, Work work) {
        ClientLoad.Outcome outcome = ClientLoad.run(clientCount, phase, work::run);
        if (outcome.failures() > 0) {
            throw new IllegalStateException(description + " failed: " + outcome.firstFailure());
        }
        report.ceiling(key, description, outcome.perSecond() * perCall, unit);
    }

    private int aggregateOf(int client) {
        int perClient = AGGREGATES / clients;
        return client * perClient + ThreadLocalRandom.current().nextInt(perClient);
    }

    private void appendAlone(String aggregate, long sequence) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, aggregate, sequence);
            insert.executeUpdate();
        }
    }

    private void appendBatch(long call) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            for (int row = 0; row < 100; row++) {
                bind(insert, "batch-" + call, row);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /**
     * Aggregates with a history to load; with a snapshot row each when they are loaded from one. The snapshot stands
     * just before the events, so loading reads it and all the events.
     */
    private void prepareAggregates(String prefix, int events, boolean snapshots) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement snapshot = connection.prepareStatement("INSERT INTO bench_snapshot VALUES (?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int aggregate = 0; aggregate < AGGREGATES; aggregate++) {
                for (int sequence = 0; sequence < events; sequence++) {
                    bind(insert, prefix + aggregate, sequence);
                    insert.addBatch();
                }
                insert.executeBatch();
                if (snapshots) {
                    snapshot.setString(1, prefix + aggregate);
                    snapshot.setLong(2, -1);
                    snapshot.setBytes(3, SNAPSHOT);
                    snapshot.executeUpdate();
                }
                connection.commit();
            }
            connection.setAutoCommit(true);
        }
    }

    /** A command's storage work: read the aggregate (from its snapshot, or all its events), append one event. */
    private void loadAndAppend(String aggregate, boolean fromSnapshot) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long after = -1;
            if (fromSnapshot) {
                try (PreparedStatement select = connection.prepareStatement("SELECT sequence_number, payload FROM "
                        + "bench_snapshot WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1")) {
                    select.setString(1, aggregate);
                    try (ResultSet result = select.executeQuery()) {
                        result.next();
                        after = result.getLong(1);
                        result.getBytes(2);
                    }
                }
            }
            long last = after;
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM bench_event WHERE "
                    + "aggregate_identifier = ? AND sequence_number > ? ORDER BY sequence_number")) {
                select.setString(1, aggregate);
                select.setLong(2, after);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        last = result.getLong(3);
                        result.getBytes(8);
                        result.getBytes(9);
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                bind(insert, aggregate, last + 1);
                insert.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private static void bind(PreparedStatement insert, String aggregate, long sequence) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, aggregate);
        insert.setLong(3, sequence);
        insert.setString(4, "Pilot");
        insert.setString(5, Instant.now().toString());
        insert.setString(6, "com.pilotledger.api.pilot.SignalRecorded");
        insert.setString(7, null);
        insert.setBytes(8, PAYLOAD);
        insert.setBytes(9, META_DATA);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
