package com.pilotledger.app.e2e;

import com.pilotledger.app.integrity.EventSealer;
import com.pilotledger.app.integrity.SigningKey;
import com.pilotledger.verifier.Checkpoint;
import com.pilotledger.verifier.EventRow;
import com.pilotledger.verifier.Finding;
import com.pilotledger.verifier.JdbcLedger;
import com.pilotledger.verifier.Problem;
import com.pilotledger.verifier.Sealing;
import com.pilotledger.verifier.SigningKeys;
import com.pilotledger.verifier.VerificationReport;
import com.pilotledger.verifier.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sealed log against tampering in SQL, on the demo portfolio (H2 here, PostgreSQL in the postgres suite). Each
 * tampering runs in a transaction that is rolled back, with the sealer stopped, as an attacker would work with the
 * application down; the auditors' verifier reads the same transaction and must name the event tampered with.
 */
class SealedLogEndToEndTest extends EndToEndTest {

    private DataSource dataSource;
    private SigningKey key;
    private long events;

    @Override
    protected String[] arguments() {
        // A checkpoint after every round of sealing, so that a recomputed stretch can be pinned to one event.
        return new String[] {"--demo", "--pilot-ledger.integrity.checkpoint-events=1"};
    }

    @BeforeAll
    void sealAndStopTheSealer() {
        EventSealer sealer = ledger.bean(EventSealer.class);
        sealer.checkpointNow();
        sealer.stop();
        dataSource = ledger.bean(DataSource.class);
        key = ledger.bean(SigningKey.class);
        events = ledger.eventCount();
    }

    @Test
    void anUntouchedStoreVerifiesThroughTheApiAndThePublishedKeyAndCheckpoint() {
        JsonNode verification = client.post("ada", "/api/integrity/verification", null).body();
        assertThat(verification.at("/status").asString()).isEqualTo("INTACT");
        assertThat(verification.at("/events").asLong()).isEqualTo(events);
        assertThat(verification.at("/verifiedUpTo").asLong()).isEqualTo(events);
        assertThat(verification.at("/authorityViolations").asLong()).isZero();

        String publicKey = client.get("ada", "/api/integrity/public-key").text();
        LedgerClient.Response file = client.get("ada", "/api/integrity/checkpoints/latest.txt");
        assertThat(file.header("Content-Disposition")).contains("pilot-ledger-checkpoint-" + events + ".txt");
        Checkpoint kept = Checkpoint.parse(file.text());
        assertThat(kept.signedBy(SigningKeys.publicKey(publicKey))).isTrue();
        assertThat(kept.events()).isEqualTo(events);

        VerificationReport report = verify(connection -> { }, List.of(kept));
        assertThat(report.exitCode()).as(report.toText()).isZero();
        assertThat(report.keptResults()).singleElement().asString().startsWith("today's log extends your");
    }

    @Test
    void aFlippedByteInAPayloadIsNamed() {
        StoredEvent target = eventOfType("CapitalCommitted", 0);
        VerificationReport report = verify(connection -> update(connection,
                "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", flipDigit(target.payload()),
                target.globalIndex()), List.of());
        assertFirst(report, Problem.EVENT_ALTERED, target);
    }

    @Test
    void aChangedActorInMetadataIsNamed() {
        StoredEvent target = eventOfType("SignalRecorded", 3);
        String metaData = new String(target.metaData(), StandardCharsets.UTF_8);
        assertThat(metaData).contains("\"actor\":\"");
        byte[] forged = metaData.replaceFirst("\"actor\":\"[^\"]*\"", "\"actor\":\"alex\"")
                .getBytes(StandardCharsets.UTF_8);
        VerificationReport report = verify(connection -> update(connection,
                "UPDATE domain_event_entry SET meta_data = ? WHERE global_index = ?", forged, target.globalIndex()),
                List.of());
        assertFirst(report, Problem.EVENT_ALTERED, target);
    }

    @Test
    void aDeletedMiddleEventIsNamed() {
        StoredEvent target = eventOfType("SignalRecorded", 5);
        VerificationReport report = verify(connection -> update(connection,
                "DELETE FROM domain_event_entry WHERE global_index = ?", target.globalIndex()), List.of());
        assertThat(report.findings()).anySatisfy(finding -> assertNames(finding, Problem.EVENT_MISSING, target));
        assertThat(report.findings()).anySatisfy(finding ->
                assertThat(finding.problem()).isEqualTo(Problem.SEQUENCE_BROKEN));
    }

    @Test
    void twoSwappedPayloadsAreBothNamed() {
        StoredEvent first = eventOfType("SignalRecorded", 1);
        StoredEvent second = eventOfType("SignalRecorded", 2);
        VerificationReport report = verify(connection -> {
            update(connection, "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", second.payload(),
                    first.globalIndex());
            update(connection, "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", first.payload(),
                    second.globalIndex());
        }, List.of());
        assertFirst(report, Problem.EVENT_ALTERED, first);
        assertThat(report.findings()).anySatisfy(finding -> assertNames(finding, Problem.EVENT_ALTERED, second));
    }

    @Test
    void reorderedGlobalPositionsAreNamed() {
        StoredEvent first = eventOfType("SignalRecorded", 4);
        StoredEvent second = eventOfType("PostureRecommendationChanged", 1);
        VerificationReport report = verify(connection -> {
            update(connection, "UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?", -1L,
                    first.globalIndex());
            update(connection, "UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?",
                    first.globalIndex(), second.globalIndex());
            update(connection, "UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?",
                    second.globalIndex(), -1L);
        }, List.of());
        long low = Math.min(first.globalIndex(), second.globalIndex());
        Finding named = report.firstFinding();
        assertThat(named.problem()).as(report.toText()).isEqualTo(Problem.EVENT_ALTERED);
        assertThat(named.globalIndex()).isEqualTo(low);
        assertThat(named.detail()).contains("another event stands here");
    }

    @Test
    void aTruncatedTailIsCaughtOnlyAgainstAKeptCheckpoint() {
        Checkpoint kept = Checkpoint.parse(client.get("ada", "/api/integrity/checkpoints/latest.txt").text());
        long remaining = events - 3;
        SqlWork truncate = connection -> {
            // A thorough attacker removes the events, their seals and every checkpoint that covered them.
            update(connection, "DELETE FROM domain_event_entry WHERE global_index IN (SELECT global_index FROM"
                    + " event_seal WHERE chain_position > ?)", remaining);
            update(connection, "DELETE FROM event_seal WHERE chain_position > ?", remaining);
            update(connection, "DELETE FROM seal_checkpoint WHERE events > ?", remaining);
        };
        assertThat(verify(truncate, List.of()).intact())
                .as("without a checkpoint kept outside, a clean cut at the tail cannot be seen").isTrue();

        VerificationReport report = verify(truncate, List.of(kept));
        assertThat(report.firstFinding().problem()).as(report.toText()).isEqualTo(Problem.LOG_TRUNCATED);
        assertThat(report.firstFinding().detail()).contains("the last 3 were removed");
        assertThat(report.keptResults()).singleElement().asString().startsWith("today's log does NOT extend");
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void sealsRecomputedWithoutTheSigningKeyContradictTheCheckpoint() {
        // The first event sealed after a checkpoint: the signed heads before it still hold, the next one cannot.
        long position = firstPositionAfterACheckpoint();
        StoredEvent target = eventAtPosition(position);
        VerificationReport report = verify(connection -> {
            update(connection, "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                    flipDigit(target.payload()), target.globalIndex());
            resealFrom(connection, position);
        }, List.of());
        assertThat(report.findings()).as(report.toText()).noneSatisfy(finding ->
                assertThat(finding.problem()).isIn(Problem.EVENT_ALTERED, Problem.CHAIN_BROKEN));
        assertFirst(report, Problem.CHECKPOINT_CONTRADICTED, target);
    }

    @Test
    void aCheckpointChangedAfterSigningIsForged() {
        VerificationReport report = verify(connection -> update(connection,
                "UPDATE seal_checkpoint SET sealed_through = sealed_through + 1 WHERE events = ?", events), List.of());
        assertThat(report.firstFinding().problem()).as(report.toText()).isEqualTo(Problem.CHECKPOINT_FORGED);
    }

    private void assertFirst(VerificationReport report, Problem problem, StoredEvent target) {
        assertThat(report.intact()).as(report.toText()).isFalse();
        assertNames(report.firstFinding(), problem, target);
    }

    private static void assertNames(Finding finding, Problem problem, StoredEvent target) {
        assertThat(finding.problem()).isEqualTo(problem);
        assertThat(finding.globalIndex()).isEqualTo(target.globalIndex());
        assertThat(finding.eventId()).isEqualTo(target.eventId());
    }

    private VerificationReport verify(SqlWork tampering, List<Checkpoint> kept) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                tampering.run(connection);
                return new Verifier(List.of(key.publicKey()), kept).verify(new JdbcLedger(connection));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an attacker without the signing key can do: recompute every seal from a position on, and the head. */
    private static void resealFrom(Connection connection, long position) throws SQLException {
        Sealing sealing = new Sealing();
        byte[] chain = position == 1 ? Sealing.GENESIS : bytes(connection,
                "SELECT chain FROM event_seal WHERE chain_position = ?", position - 1);
        List<Object[]> reseals = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT s.chain_position, e.global_index,"
                + " e.event_identifier, e.type, e.aggregate_identifier, e.sequence_number, e.time_stamp,"
                + " e.payload_type, e.payload_revision, e.payload, e.meta_data FROM event_seal s"
                + " JOIN domain_event_entry e ON e.global_index = s.global_index WHERE s.chain_position >= ?"
                + " ORDER BY s.chain_position")) {
            statement.setLong(1, position);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byte[] leaf = sealing.leaf(new EventRow(rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getLong(6), rows.getString(7), rows.getString(8),
                            rows.getString(9), rows.getBytes(10), rows.getBytes(11)));
                    chain = sealing.chain(chain, leaf);
                    reseals.add(new Object[]{leaf, chain, rows.getLong(1)});
                }
            }
        }
        for (Object[] reseal : reseals) {
            update(connection, "UPDATE event_seal SET leaf = ?, chain = ? WHERE chain_position = ?", reseal);
        }
        update(connection, "UPDATE seal_head SET chain = ? WHERE id = 1", chain);
    }

    private long firstPositionAfterACheckpoint() {
        List<Long> signed = ledger.jdbc().queryForList("SELECT events FROM seal_checkpoint ORDER BY events",
                Long.class);
        assertThat(signed).as("the demo is sealed in several rounds").hasSizeGreaterThan(2);
        return signed.get(signed.size() / 2) + 1;
    }

    private StoredEvent eventAtPosition(long position) {
        long globalIndex = ledger.jdbc().queryForObject("SELECT global_index FROM event_seal WHERE chain_position = ?",
                Long.class, position);
        return ledger.jdbc().queryForObject("SELECT global_index, event_identifier, payload, meta_data"
                + " FROM domain_event_entry WHERE global_index = ?", StoredEvent.MAPPER, globalIndex);
    }

    /** The n-th stored event of a type (0 first), in global order. */
    private StoredEvent eventOfType(String type, int n) {
        return ledger.jdbc().query("SELECT global_index, event_identifier, payload, meta_data FROM domain_event_entry"
                        + " WHERE payload_type LIKE ? ORDER BY global_index", StoredEvent.MAPPER, "%." + type)
                .get(n);
    }

    /** Changes one digit of the payload to another, as a one-byte edit of an amount would. */
    static byte[] flipDigit(byte[] payload) {
        byte[] flipped = payload.clone();
        for (int i = 0; i < flipped.length; i++) {
            if (flipped[i] >= '1' && flipped[i] <= '8') {
                flipped[i]++;
                return flipped;
            }
        }
        throw new IllegalStateException("no digit in the payload");
    }

    private static byte[] bytes(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private record StoredEvent(long globalIndex, String eventId, byte[] payload, byte[] metaData) {
        static final org.springframework.jdbc.core.RowMapper<StoredEvent> MAPPER = (row, n) -> new StoredEvent(
                row.getLong(1), row.getString(2), row.getBytes(3), row.getBytes(4));
    }
}
