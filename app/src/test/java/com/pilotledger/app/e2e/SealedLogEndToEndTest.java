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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sealed log against tampering in SQL, on the demo portfolio (H2 here, PostgreSQL in the postgres suite). Each
 * tampering runs in a transaction that is rolled back, with the sealer stopped, as an attacker would work with the
 * application down; the auditors' verifier reads the same transaction and must name the event tampered with.
 */
@Tag("sealed-log")
class SealedLogEndToEndTest extends EndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    void theDemoPortfolioHasNoAuthorityViolation() {
        VerificationReport report = verify(connection -> { }, List.of());
        assertThat(report.authority().authorizations()).as(report.toText()).isGreaterThan(3);
        assertThat(report.authority().violations()).as(report.toText()).isEmpty();
    }

    /**
     * An attacker who can write to the database appends a whole authorization beyond the maker's limit: request,
     * reservation, authorization and commitment, each shaped like the real ones. The sealer would seal such an append
     * like any other; what catches it is the authority proof, with exactly this one violation.
     */
    @Test
    void anOverLimitAuthorizationForgedInSqlIsTheOneViolation() {
        String pilotId = ledger.jdbc().queryForObject("SELECT MIN(aggregate_identifier) FROM domain_event_entry r"
                + " WHERE payload_type LIKE '%.PilotRegistered' AND NOT EXISTS (SELECT 1 FROM domain_event_entry o"
                + " WHERE o.aggregate_identifier = r.aggregate_identifier AND (o.payload_type LIKE '%.PilotKilled'"
                + " OR o.payload_type LIKE '%.InvestmentAuthorizationRequested'))", String.class);
        String requestId = UUID.randomUUID().toString();
        String amount = "400000.00";
        VerificationReport report = verify(connection -> {
            forge(connection, "InvestmentAuthorizationRequested", pilotId, requestId, payload -> {
                payload.set("capital", money(amount));
                payload.put("requestedBy", "pam");
                payload.set("requestedByRoles", JSON.createArrayNode().add("PORTFOLIO_MANAGER"));
            });
            forge(connection, "CapitalReserved", pilotId, requestId, payload -> {
                payload.set("total", money(amount));
                payload.set("reserved", money(amount));
                payload.put("maker", "pam");
                payload.set("makerAuthority", pamsAuthority());
                payload.put("secondApprovalRequired", false);
                payload.putNull("expiresAt");
            });
            forge(connection, "InvestmentAuthorized", pilotId, requestId, payload -> {
                payload.set("capital", money(amount));
                payload.put("decidedBy", "pam");
                payload.set("deciderAuthority", pamsAuthority());
                payload.putNull("approvedBy");
                payload.putNull("approverAuthority");
            });
            forge(connection, "CapitalCommitted", pilotId, requestId, payload -> {
                payload.set("total", money(amount));
                payload.set("change", money(amount));
            });
        }, List.of());

        assertThat(report.intact()).as("appended, not altered: the log itself holds").isTrue();
        assertThat(report.authority().violations()).as(report.toText()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("decider-limit");
            assertThat(violation.pilotId()).isEqualTo(pilotId);
            assertThat(violation.requestId()).isEqualTo(requestId);
            assertThat(violation.decider()).isEqualTo("pam");
        });
        assertThat(report.exitCode()).isEqualTo(2);
    }

    /**
     * Appends a copy of the latest stored event of this type with the changes given, to the aggregate the original
     * belongs to (the pilot's or the portfolio's capital), at that aggregate's next sequence number.
     */
    private static void forge(Connection connection, String type, String pilotId, String requestId,
                              Consumer<ObjectNode> changes) throws SQLException {
        String aggregateType;
        String aggregateId;
        byte[] metaData;
        ObjectNode payload;
        try (PreparedStatement statement = connection.prepareStatement("SELECT type, aggregate_identifier, payload,"
                + " meta_data FROM domain_event_entry WHERE payload_type LIKE ? ORDER BY global_index DESC LIMIT 1")) {
            statement.setString(1, "%." + type);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as("the demo holds a " + type).isTrue();
                aggregateType = row.getString(1);
                boolean capital = !"Pilot".equals(aggregateType);
                aggregateId = capital ? row.getString(2) : pilotId;
                payload = (ObjectNode) JSON.readTree(row.getBytes(3));
                metaData = row.getBytes(4);
            }
        }
        payload.put("pilotId", pilotId);
        payload.put("requestId", requestId);
        changes.accept(payload);
        long sequence;
        try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(MAX(sequence_number), -1) + 1"
                + " FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            statement.setString(1, aggregateId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                sequence = row.getLong(1);
            }
        }
        update(connection, "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                        + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)", UUID.randomUUID().toString(), aggregateId, sequence,
                aggregateType, Instant.now().toString(), "com.pilotledger.api." + ("Pilot".equals(aggregateType)
                        ? "pilot." : "capital.") + type, JSON.writeValueAsBytes(payload), metaData);
    }

    private static ObjectNode money(String amount) {
        return JSON.createObjectNode().put("amount", new BigDecimal(amount)).put("currency", "USD");
    }

    private static ObjectNode pamsAuthority() {
        ObjectNode authority = JSON.createObjectNode();
        authority.set("holder", JSON.createObjectNode().put("kind", "ROLE").put("name", "PORTFOLIO_MANAGER"));
        authority.set("limit", money("250000.00"));
        return authority;
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
