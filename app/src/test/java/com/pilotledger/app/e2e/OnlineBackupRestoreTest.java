package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's online backup, taken from the running application, restored with the commands of
 * docs/operations.md pasted as written into bash: the restored ledger is the ledger at the backup, row for row and view
 * for view, it verifies, and its views rebuild to the same. Only the embedded store has it, so the test runs in the
 * default suite alone (PostgreSQL: {@link PgDumpRestorePostgresTest}).
 */
class OnlineBackupRestoreTest {

    private static final Pattern RESTORE_STEPS = Pattern.compile(
            "(?s)### The embedded store: online backup\n.*?To restore, stop the application.*?```bash\n(.*?)```");

    @Test
    void aBackupTakenWhileTheLedgerRunsRestoresToTheLedgerAtThatMoment() throws Exception {
        try (TestDatabase.H2 database = TestDatabase.h2();
             RunningLedger ledger = RunningLedger.sharing(database, "--demo")) {
            LedgerClient client = ledger.client();
            LedgerClient.Response refused = client.post("ada", "/api/operations/backups", "");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().at("/code").asString()).isEqualTo("FORBIDDEN");
            LedgerContents atBackup = RestoreCheck.beforeTheBackup(ledger);

            LedgerClient.Response backup = client.post("alex", "/api/operations/backups", "");

            assertThat(backup.status()).as(backup.text()).isEqualTo(201);
            String name = backup.body().at("/name").asString();
            assertThat(name).matches("pilot-ledger-\\d{8}T\\d{6}\\.\\d{3}Z\\.zip");
            Path zip = database.folder().resolve("backups").resolve(name);
            assertThat(backup.body().at("/size").asLong()).isEqualTo(Files.size(zip)).isPositive();
            String after = RestoreCheck.afterTheBackup(ledger, atBackup);

            ledger.stop();
            restoreAsDocumented(database.folder());
            ledger.start();

            RestoreCheck.assertRestored(ledger, atBackup, after);
        }
    }

    @Test
    void aBackupTakenWhileClientsAreAtWorkHoldsOneConsistentState() throws Exception {
        try (TestDatabase.H2 database = TestDatabase.h2();
             RunningLedger ledger = RunningLedger.sharing(database)) {
            long eventsBefore;
            long eventsAfter;
            try (CommandsUnderway clients = CommandsUnderway.start(ledger, 4)) {
                eventsBefore = ledger.eventCount();
                assertThat(ledger.client().post("alex", "/api/operations/backups", "").status()).isEqualTo(201);
                eventsAfter = ledger.eventCount();
                clients.awaitEventsBeyond(eventsAfter);
            }

            ledger.stop();
            restoreAsDocumented(database.folder());
            ledger.start();

            RestoreCheck.assertOneConsistentState(ledger, eventsBefore, eventsAfter);
        }
    }

    /** The restore commands of docs/operations.md, as an operator pastes them into bash in the application's folder. */
    private static void restoreAsDocumented(Path folder) throws IOException, InterruptedException {
        Matcher steps = RESTORE_STEPS.matcher(RepositoryFile.read("docs/operations.md"));
        assertThat(steps.find()).as("docs/operations.md has the embedded store's restore commands").isTrue();
        Process bash = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + steps.group(1))
                .directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(1, TimeUnit.MINUTES)).as("the restore commands finish").isTrue();
        assertThat(bash.exitValue()).as("the restore commands ran without an error; they printed:\n%s", output).isZero();
        try (var replaced = Files.list(folder.resolve("data"))) {
            assertThat(replaced.map(file -> file.getFileName().toString()))
                    .as("the database the backup replaced is kept beside it")
                    .anyMatch(file -> file.startsWith("pilot-ledger.mv.db.replaced-"));
        }
    }
}
