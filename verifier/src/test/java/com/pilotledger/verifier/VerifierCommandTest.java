package com.pilotledger.verifier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auditor's command on an H2 file database laid out as the application's migrations lay it out. */
class VerifierCommandTest {

    /**
     * The application's own migrations, read from the app module: the verifier is tested against the tables as they
     * really are (H2 runs them in PostgreSQL mode, as the application does).
     */
    private static final List<Path> MIGRATIONS = List.of(
            Path.of("../app/src/main/resources/db/migration/V1__event_store.sql"),
            Path.of("../app/src/main/resources/db/migration/V10__sealed_log.sql"));

    @TempDir
    Path folder;

    private MemoryLedger ledger;
    private String url;

    /** Nine events sealed in three rounds with a checkpoint after each, written to the database. */
    @BeforeEach
    void writeASealedLedger() throws SQLException, IOException {
        ledger = new MemoryLedger();
        for (int round = 0; round < 3; round++) {
            ledger.append(3).seal().checkpoint();
        }
        url = "jdbc:h2:file:" + folder.resolve("pilot-ledger") + ";MODE=PostgreSQL";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                for (Path migration : MIGRATIONS) {
                    statement.execute(Files.readString(migration));
                }
            }
            write(connection, ledger);
        }
    }

    @Test
    void anIntactLedgerExitsZeroWithTheReportOnStandardOutput() {
        Run run = run("--jdbc", url, "--user", "sa");

        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().startsWith("Pilot Ledger verification\n\nINTACT: 9 seals recomputed, 9 events match"),
                run.out());
        assertTrue(run.out().contains("as published by the source itself"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aTamperedPayloadExitsOneNamingTheEvent() throws SQLException {
        sql("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                "{\"note\":\"event 5\",\"amount\":\"9500.00\"}".getBytes(StandardCharsets.UTF_8), 5L);

        Run run = run("--jdbc", url, "--user", "sa");

        assertEquals(1, run.status(), run.toString());
        assertTrue(run.out().contains("\nBROKEN: altered event at global index 5 (seal 5), event event-5: "),
                run.out());
    }

    @Test
    void theKeyAndTheCheckpointAreReadFromTheAuditorsFiles() throws IOException {
        Path key = Files.writeString(folder.resolve("ledger-key.pem"), SigningKeys.pem(ledger.publicKey()));
        Path kept = Files.writeString(folder.resolve("kept.txt"), ledger.checkpointOf(9).toText());

        Run run = run("--jdbc", url, "--user", "sa", "--public-key", key.toString(), "--checkpoint", kept.toString());

        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains(", given to the verifier rather than taken from the source.\n"), run.out());
        assertTrue(run.out().contains("\ntoday's log extends your checkpoint of 9 events"), run.out());
    }

    @Test
    void aCutTailExitsOneAgainstTheKeptCheckpoint() throws IOException, SQLException {
        Path key = Files.writeString(folder.resolve("ledger-key.pem"), SigningKeys.pem(ledger.publicKey()));
        Path kept = Files.writeString(folder.resolve("kept.txt"), ledger.checkpointOf(9).toText());
        sql("DELETE FROM domain_event_entry WHERE global_index > ?", 7L);
        sql("DELETE FROM event_seal WHERE chain_position > ?", 7L);
        sql("DELETE FROM seal_checkpoint WHERE events > ?", 7L);

        assertEquals(0, run("--jdbc", url, "--user", "sa", "--public-key", key.toString()).status());
        Run run = run("--jdbc", url, "--user", "sa", "--public-key", key.toString(), "--checkpoint", kept.toString());

        assertEquals(1, run.status(), run.toString());
        assertTrue(run.out().contains("\nBROKEN: truncated log (seal 8): your kept checkpoint of 9 events"),
                run.out());
        assertTrue(run.out().contains("\ntoday's log does NOT extend your checkpoint of 9 events"), run.out());
    }

    @Test
    void checkpointsSignedByAnotherKeyThanTheAuditorsExitOne() throws IOException {
        Path other = Files.writeString(folder.resolve("other-key.pem"),
                SigningKeys.pem(SigningKeys.generate().getPublic()));

        Run run = run("--jdbc", url, "--user", "sa", "--public-key", other.toString());

        assertEquals(1, run.status(), run.toString());
        assertTrue(run.out().contains("\nBROKEN: forged checkpoint (seal 3): the checkpoint of 3 events"), run.out());
    }

    @Test
    void withoutArgumentsItExitsThreeWithTheUsage() {
        Run run = run();

        assertEquals(VerifierCommand.CANNOT_VERIFY, run.status());
        assertTrue(run.err().startsWith("Say where the ledger is: --jdbc URL or --pack FILE.zip\nUsage: java -jar"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void badArgumentsExitThreeWithTheUsage() {
        assertUsage(run("--jdbc"), "--jdbc needs a value");
        assertUsage(run("--jdbc", url, "--verbose", "yes"), "Unknown option --verbose");
        assertUsage(run("--jdbc", url, "--public-key", folder.resolve("no-such.pem").toString()), "Cannot read ");
        assertUsage(run("--jdbc", url, "--public-key", writeFile("not-a-key.pem", "hello")), "Expected a PEM block");
        assertUsage(run("--jdbc", url, "--checkpoint", writeFile("not-a-checkpoint.txt", "hello")),
                "Not a Pilot Ledger checkpoint");
    }

    @Test
    void aMistypedH2PathExitsThreeAndCreatesNoDatabase() {
        Run run = run("--jdbc", "jdbc:h2:file:" + folder.resolve("pilot-ledgr") + ";MODE=PostgreSQL", "--user",
                "sa");

        assertEquals(VerifierCommand.CANNOT_VERIFY, run.status(), run.toString());
        assertTrue(run.err().startsWith("Could not verify: "), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(folder.resolve("pilot-ledgr.mv.db")), "an empty database was created");
    }

    @Test
    void aDatabaseWithoutTheLedgersTablesExitsThree() throws SQLException {
        String empty = "jdbc:h2:file:" + folder.resolve("empty") + ";MODE=PostgreSQL";
        DriverManager.getConnection(empty, "sa", "").close();

        Run run = run("--jdbc", empty, "--user", "sa");

        assertEquals(VerifierCommand.CANNOT_VERIFY, run.status(), run.toString());
        assertTrue(run.err().startsWith("Could not verify: Could not read "), run.err());
    }

    private static void assertUsage(Run run, String message) {
        assertEquals(VerifierCommand.CANNOT_VERIFY, run.status(), run.toString());
        assertTrue(run.err().startsWith(message), run.err());
        assertTrue(run.err().contains("\nUsage: java -jar pilot-ledger-verifier.jar (--jdbc URL"), run.err());
        assertEquals("", run.out());
    }

    private static Run run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifierCommand.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {
    }

    private String writeFile(String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes what the source holds into the tables, as the application and its sealer would have. */
    private static void write(Connection connection, LedgerSource source) throws SQLException {
        List<Object[]> events = new ArrayList<>();
        source.eventsInGlobalOrder((event, seal) -> events.add(new Object[]{event.globalIndex(), event.eventId(),
                event.aggregateId(), event.sequenceNumber(), event.aggregateType(), event.timeStamp(),
                event.payloadType(), event.payloadRevision(), event.payload(), event.metaData()}));
        execute(connection, "INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,"
                + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events);
        List<Object[]> seals = new ArrayList<>();
        source.sealsInChainOrder(seal -> seals.add(new Object[]{seal.position(), seal.globalIndex(), seal.eventId(),
                seal.leaf(), seal.chain()}));
        execute(connection, "INSERT INTO event_seal (chain_position, global_index, event_identifier, leaf, chain)"
                + " VALUES (?, ?, ?, ?, ?)", seals);
        execute(connection, "INSERT INTO seal_checkpoint (events, head, sealed_through, signed_at, key_id, signature)"
                + " VALUES (?, ?, ?, ?, ?, ?)", source.checkpoints().stream().map(checkpoint -> new Object[]{
                checkpoint.events(), checkpoint.head(), checkpoint.sealedThrough(), checkpoint.signedAt().toString(),
                checkpoint.key(), checkpoint.signature()}).toList());
        execute(connection, "INSERT INTO signing_key (key_id, public_key, first_used_at) VALUES (?, ?, ?)",
                source.publishedKeys().stream().map(pem -> new Object[]{
                        SigningKeys.keyId(SigningKeys.publicKey(pem)), pem, "2026-11-30T09:00:00Z"}).toList());
    }

    private void sql(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            execute(connection, sql, List.<Object[]>of(parameters));
        }
    }

    private static void execute(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.executeUpdate();
            }
        }
    }
}
