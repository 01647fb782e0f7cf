package com.pilotledger.bench;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The empty database a run builds its portfolio in, removed when the run ends: a new PostgreSQL database on the
 * configured server, or an H2 file database in a temporary folder. The application creates the tables itself.
 */
interface BenchDatabase extends AutoCloseable {

    /** Spring properties that point the application at this database. */
    Map<String, String> properties();

    String description();

    @Override
    void close();

    static BenchDatabase create(BenchOptions options) {
        return options.store().equals("postgres")
                ? new NewPostgresDatabase(options.postgresUrl(), options.postgresUser())
                : new TemporaryH2Database();
    }

    /** A database of its own on the PostgreSQL server; a server that cannot be reached ends the run at once. */
    final class NewPostgresDatabase implements BenchDatabase {

        private final String server;
        private final String user;
        private final String name = "pilot_ledger_bench_" + System.currentTimeMillis();

        NewPostgresDatabase(String server, String user) {
            this.server = server;
            this.user = user;
            administer("CREATE DATABASE " + name);
        }

        @Override
        public Map<String, String> properties() {
            return Map.of("spring.profiles.active", "postgres", "spring.datasource.url", server + name,
                    "spring.datasource.username", user, "spring.datasource.password", "");
        }

        @Override
        public String description() {
            return "PostgreSQL, database " + name + " at " + server;
        }

        @Override
        public void close() {
            administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        private void administer(String statement) {
            try (Connection connection = DriverManager.getConnection(server + "postgres", user, "")) {
                connection.createStatement().execute(statement);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach PostgreSQL at " + server + ": " + e.getMessage(), e);
            }
        }
    }

    /** The embedded store as the application runs it by default, in a folder of its own. */
    final class TemporaryH2Database implements BenchDatabase {

        private final Path folder;

        TemporaryH2Database() {
            try {
                folder = Files.createTempDirectory("pilot-ledger-bench");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, String> properties() {
            return Map.of("pilot-ledger.data-dir", folder.toString());
        }

        @Override
        public String description() {
            return "H2 file database (embedded default) in " + folder;
        }

        @Override
        public void close() {
            try {
                FileSystemUtils.deleteRecursively(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
