package com.pilotledger.app.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A backup of the embedded H2 store taken while the application runs. The running application holds the database
 * file locked, so nobody else can copy it consistently: H2's own {@code BACKUP TO} writes a zip of the database as one
 * consistent state while the application keeps taking commands. On PostgreSQL the request is refused: its own pg_dump
 * takes backups while the application runs, with no need of the application.
 */
@Service
public class OnlineBackup {

    private static final Logger log = LoggerFactory.getLogger(OnlineBackup.class);
    private static final String H2 = "H2";
    /** Sortable and valid in file names everywhere (no colon): the newest backup is the last in a listing. */
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path folder;
    private final Clock clock;

    public OnlineBackup(JdbcTemplate jdbc, BackupSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.folder = settings.folder();
        this.clock = clock;
    }

    /**
     * Writes a new zip into the backup folder, never over an earlier one. One backup at a time, so that a name found
     * free stays free; the zip is written under a temporary name and renamed once complete, so a file named like a
     * backup is always a whole one.
     */
    public synchronized BackupFile take(String administrator) {
        String database = databaseProduct();
        if (!H2.equals(database)) {
            throw new OnlineBackupUnavailableException(database);
        }
        Instant takenAt = clock.instant();
        while (Files.exists(file(takenAt))) {
            takenAt = takenAt.plusMillis(1);
        }
        Path backup = file(takenAt);
        Path partial = backup.resolveSibling(backup.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            jdbc.update("BACKUP TO ?", partial.toString());
            Files.move(partial, backup, StandardCopyOption.ATOMIC_MOVE);
            BackupFile file = new BackupFile(backup.getFileName().toString(), Files.size(backup), takenAt);
            log.info("{} took a backup of the embedded store: {} ({} bytes)", administrator, backup, file.size());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup " + backup, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private Path file(Instant takenAt) {
        return folder.resolve("pilot-ledger-" + NAME_TIME.format(takenAt) + ".zip").toAbsolutePath();
    }

    private String databaseProduct() {
        try (var connection = jdbc.getDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database to back it up", e);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            log.warn("Could not delete the unfinished backup {}", partial, e);
        }
    }
}
