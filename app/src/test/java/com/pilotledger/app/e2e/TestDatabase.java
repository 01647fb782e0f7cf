package com.pilotledger.app.e2e;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for one end-to-end test class: an H2 file database in a temporary folder by default, or a
 * new database on the PostgreSQL server at 127.0.0.1:5432 when the suite runs with
 * {@code -Dpilot-ledger.test.database=postgres}. A missing server fails the test at once; it is never skipped.
 */
abstract class TestDatabase implements AutoCloseable {

    static TestDatabase create() {
        return "postgres".equals(System.getProperty("pilot-ledger.test.database")) ? new Postgres() : new H2();
    }

    /** A fresh PostgreSQL database, whatever the suite's default: for tests that only PostgreSQL can run. */
    static Postgres postgres() {
        return new Postgres();
    }

    /** A fresh embedded database, whatever the suite's default: for tests of what only the embedded store does. */
    static H2 h2() {
        return new H2();
    }

    /** Spring properties that point the application at this database. */
    abstract Map<String, Object> properties();

    abstract String description();

    @Override
    public abstract void close();

    /** The application's folder layout in a temporary folder: the database under data/, its backups under backups/. */
    static final class H2 extends TestDatabase {

        private final Path folder;

        H2() {
            try {
                folder = Files.createTempDirectory("pilot-ledger-e2e");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        Map<String, Object> properties() {
            return Map.of("pilot-ledger.data-dir", folder.resolve("data").toString(),
                    "pilot-ledger.backups.folder", folder.resolve("backups").toString());
        }

        /** The folder the application runs in, as an operator sees it: data/ and backups/ side by side. */
        Path folder() {
            return folder;
        }

        @Override
        String description() {
            return "H2 file database in " + folder.resolve("data");
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

    static final class Postgres extends TestDatabase {

        private static final String SERVER = System.getProperty("pilot-ledger.test.postgres-url",
                "jdbc:postgresql://127.0.0.1:5432/");
        private static final String USER = System.getProperty("pilot-ledger.test.postgres-user", "postgres");

        private final String name = "pilot_ledger_e2e_" + UUID.randomUUID().toString().replace("-", "");

        Postgres() {
            execute("CREATE DATABASE " + name);
        }

        @Override
        Map<String, Object> properties() {
            return Map.of("spring.profiles.active", "postgres",
                    "spring.datasource.url", SERVER + name,
                    "spring.datasource.username", USER,
                    "spring.datasource.password", "");
        }

        @Override
        String description() {
            return "PostgreSQL database " + name;
        }

        /** The database as PostgreSQL's own tools name it (a libpq connection URI, user included). */
        String connectionUri() {
            return SERVER.replaceFirst("^jdbc:postgresql://", "postgresql://" + USER + "@") + name;
        }

        @Override
        public void close() {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        private static void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + SERVER + " is required for this suite: " + e.getMessage(), e);
            }
        }
    }
}
