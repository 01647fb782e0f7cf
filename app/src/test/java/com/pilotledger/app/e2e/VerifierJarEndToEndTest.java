package com.pilotledger.app.e2e;

import com.pilotledger.app.integrity.EventSealer;
import com.pilotledger.verifier.Checkpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier as an auditor runs it: the runnable jar in a JVM of its own, against the database of the stopped
 * application (an H2 file is locked while the application runs; PostgreSQL in the postgres suite), with the public
 * key and the latest checkpoint saved from the API to files beforehand.
 */
@Tag("sealed-log")
class VerifierJarEndToEndTest extends EndToEndTest {

    /**
     * Built by the shade plugin in the verifier's package phase, which the reactor runs before the application's
     * tests; surefire runs in the application module's folder.
     */
    private static final Path JAR = Path.of("..", "verifier", "target", "pilot-ledger-verifier.jar");

    /** Static: a per-class instance gets its instance temp folders only after {@code @BeforeAll}. */
    @TempDir
    static Path auditor;

    private Path publicKey;
    private Path keptCheckpoint;
    private long sealedEvents;
    private String url;
    private String user;
    private String password;
    private Map<String, Object> committed;

    @Override
    protected String[] arguments() {
        return new String[] {"--demo"};
    }

    @BeforeAll
    void keepTheKeyAndTheLatestCheckpointThenStopTheLedger() throws IOException {
        assertThat(JAR).as("The auditor's jar %s is missing: build it with the reactor (./mvnw -pl app -am verify),"
                + " which packages the verifier before the application's tests run", JAR.toAbsolutePath().normalize())
                .isRegularFile();
        sealedEvents = ledger.bean(EventSealer.class).checkpointNow().events();
        publicKey = Files.writeString(auditor.resolve("pilot-ledger-public-key.pem"),
                client.get("ada", "/api/integrity/public-key").text());
        keptCheckpoint = Files.writeString(auditor.resolve("pilot-ledger-checkpoint.txt"),
                client.get("ada", "/api/integrity/checkpoints/latest.txt").text());
        assertThat(Checkpoint.parse(Files.readString(keptCheckpoint)).events()).isEqualTo(sealedEvents);
        Environment environment = ledger.bean(Environment.class);
        url = environment.getRequiredProperty("spring.datasource.url");
        user = environment.getRequiredProperty("spring.datasource.username");
        password = environment.getProperty("spring.datasource.password", "");
        committed = ledger.jdbc().queryForList("SELECT global_index, payload FROM domain_event_entry"
                + " WHERE payload_type LIKE ? ORDER BY global_index", "%.CapitalCommitted").get(0);
        ledger.stop();
    }

    @Test
    void theJarFindsTheStoppedLedgerIntactAndExtendingTheKeptCheckpoint() {
        Run run = verify();

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("\nINTACT: " + sealedEvents + " seals recomputed")
                .contains("\nVerified up to event " + sealedEvents + " by the checkpoint of " + sealedEvents)
                .contains(", given to the verifier rather than taken from the source.\n")
                .contains("\ntoday's log extends your checkpoint of " + sealedEvents + " events");
    }

    @Test
    void aPayloadByteChangedInSqlMakesTheJarExitOneNamingTheEvent() {
        long globalIndex = ((Number) committed.get("global_index")).longValue();
        byte[] payload = (byte[]) committed.get("payload");
        setPayload(globalIndex, SealedLogEndToEndTest.flipDigit(payload));
        try {
            Run run = verify();

            assertThat(run.status()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("\nBROKEN: altered event at global index " + globalIndex + " (seal ");
        } finally {
            setPayload(globalIndex, payload);
        }
    }

    /** java -jar pilot-ledger-verifier.jar with the auditor's files, in a JVM of its own. */
    private Run verify() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "--jdbc", url, "--user", user, "--public-key", publicKey.toString(),
                "--checkpoint", keptCheckpoint.toString()));
        if (!password.isEmpty()) {
            command.addAll(List.of("--password", password));
        }
        Path output = auditor.resolve("verifier-output.txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("The verifier did not finish within 2 minutes: "
                        + Files.readString(output));
            }
            return new Run(process.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** In SQL on the database itself, as someone with write access to it and the application down would. */
    private void setPayload(long globalIndex, byte[] payload) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")) {
            update.setBytes(1, payload);
            update.setLong(2, globalIndex);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int status, String output) {
    }
}
