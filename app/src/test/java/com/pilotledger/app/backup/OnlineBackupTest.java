package com.pilotledger.app.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The online backup of an H2 file database, with the clock standing still. */
class OnlineBackupTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:18:00.123Z");

    @Test
    void aBackupIsAZipOfTheDatabaseAndNeverReplacesAnEarlierOne(@TempDir Path folder) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + folder.resolve("data/pilot-ledger") + ";MODE=PostgreSQL", "sa", ""));
        jdbc.execute("CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY)");
        jdbc.update("INSERT INTO domain_event_entry VALUES (1)");
        OnlineBackup backup = new OnlineBackup(jdbc, new BackupSettings(folder.resolve("backups")),
                Clock.fixed(NOW, ZoneOffset.UTC));

        BackupFile first = backup.take("alex");
        BackupFile second = backup.take("alex");

        assertThat(first.name()).isEqualTo("pilot-ledger-20261201T031800.123Z.zip");
        assertThat(second.name()).isEqualTo("pilot-ledger-20261201T031800.124Z.zip");
        assertThat(first.takenAt()).isEqualTo(NOW);
        assertThat(folder.resolve("backups")).isDirectoryContaining("glob:**/" + first.name())
                .isDirectoryContaining("glob:**/" + second.name())
                .isDirectoryNotContaining("glob:**.part");
        try (ZipFile zip = new ZipFile(folder.resolve("backups").resolve(first.name()).toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("pilot-ledger.mv.db");
        }
        assertThat(first.size()).isEqualTo(folder.resolve("backups").resolve(first.name()).toFile().length());
        jdbc.execute("SHUTDOWN");
    }
}
