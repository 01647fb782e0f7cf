package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * PostgreSQL backed up as docs/operations.md says: the real {@code pg_dump} (custom format) of the running ledger,
 * {@code pg_restore} into a new database, and a second application started on the copy. The copy is the ledger at the
 * dump, row for row and view for view; it verifies, and its views rebuild to the same. The application's own online
 * backup is refused here, with a problem naming pg_dump. Without pg_dump, pg_restore or the server the test fails.
 */
@Tag("postgres")
class PgDumpRestorePostgresTest {

    @Test
    void aDumpOfTheRunningLedgerRestoresIntoANewDatabaseThatVerifiesAndRebuildsAlike(@TempDir Path folder)
            throws Exception {
        try (TestDatabase.Postgres original = TestDatabase.postgres();
             RunningLedger ledger = RunningLedger.sharing(original, "--demo");
             TestDatabase.Postgres copy = TestDatabase.postgres()) {
            LedgerClient.Response refused = ledger.client().post("alex", "/api/operations/backups", "");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().at("/code").asString()).isEqualTo("ONLINE_BACKUP_UNAVAILABLE");
            assertThat(refused.body().at("/detail").asString()).contains("pg_dump");
            LedgerContents atDump = RestoreCheck.beforeTheBackup(ledger);
            Path dump = folder.resolve("pilot-ledger.dump");

            run("pg_dump", "--format=custom", "--file=" + dump, original.connectionUri());

            assertThat(Files.size(dump)).isPositive();
            String after = RestoreCheck.afterTheBackup(ledger, atDump);
            run("pg_restore", "--exit-on-error", "--single-transaction", "--no-owner",
                    "--dbname=" + copy.connectionUri(), dump.toString());
            try (RunningLedger restored = RunningLedger.sharing(copy)) {
                RestoreCheck.assertRestored(restored, atDump, after);
            }
        }
    }

    @Test
    void aDumpTakenWhileClientsAreAtWorkHoldsOneConsistentState(@TempDir Path folder) throws Exception {
        try (TestDatabase.Postgres original = TestDatabase.postgres();
             RunningLedger ledger = RunningLedger.sharing(original);
             TestDatabase.Postgres copy = TestDatabase.postgres()) {
            Path dump = folder.resolve("pilot-ledger.dump");
            long eventsBefore;
            long eventsAfter;
            try (CommandsUnderway clients = CommandsUnderway.start(ledger, 4)) {
                eventsBefore = ledger.eventCount();
                run("pg_dump", "--format=custom", "--file=" + dump, original.connectionUri());
                eventsAfter = ledger.eventCount();
                clients.awaitEventsBeyond(eventsAfter);
            }

            run("pg_restore", "--exit-on-error", "--single-transaction", "--no-owner",
                    "--dbname=" + copy.connectionUri(), dump.toString());
            try (RunningLedger restored = RunningLedger.sharing(copy)) {
                RestoreCheck.assertOneConsistentState(restored, eventsBefore, eventsAfter);
            }
        }
    }

    /** One of PostgreSQL's own tools, which must be installed (on the PATH): the test fails without it. */
    private static void run(String... command) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is required on the PATH for this test (PostgreSQL's client tools,"
                    + " Debian package postgresql-client): " + e.getMessage(), e);
        }
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Could not read what " + command[0] + " printed", e);
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish within 2 minutes");
        }
        assertThat(process.exitValue()).as("%s exit status; it printed:\n%s", String.join(" ", command), output)
                .isZero();
    }
}
