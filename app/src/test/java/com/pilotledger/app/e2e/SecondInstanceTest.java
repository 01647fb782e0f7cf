package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes on one embedded (H2) data folder, as an operator who starts the application twice gets them: the
 * second stops at start-up with one line that says what is wrong and what to do, not a stack trace, and the first
 * keeps serving. H2 only: this is the embedded store's file lock.
 */
class SecondInstanceTest {

    @Test
    void aSecondInstanceOnTheSameDataFolderStopsWithOneLineSayingWhatToDo(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        List<String> settings = List.of("--pilot-ledger.data-dir=" + data);
        try (LedgerProcess first = new LedgerProcess(settings, folder.resolve("first"));
             LedgerProcess second = new LedgerProcess(settings, folder.resolve("second"))) {
            first.start();
            first.awaitReady(Duration.ofMinutes(3));

            second.start();
            int exit = second.awaitExit(Duration.ofMinutes(3));

            List<String> log = Files.readAllLines(second.log());
            assertThat(exit).as("a refused start exits with an error").isNotZero();
            assertThat(log).as("the log of the refused start:\n%s", String.join("\n", log))
                    .filteredOn(line -> line.contains("in use")).singleElement().satisfies(line -> assertThat(line)
                            .startsWith("The database " + data.resolve("pilot-ledger")
                                    + " is in use by another process")
                            .contains("stop the other instance", "--pilot-ledger.data-dir=<folder>",
                                    "--spring.datasource.url=<url>"));
            assertThat(log).as("no stack trace").noneMatch(line -> line.matches("\\s+at .*|Caused by: .*"));
            assertThat(first.client().get("ada", "/api/capital").status()).as("the first keeps serving")
                    .isEqualTo(200);
        }
    }
}
