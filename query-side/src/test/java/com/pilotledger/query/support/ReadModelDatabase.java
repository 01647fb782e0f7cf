package com.pilotledger.query.support;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A new in-memory H2 database in PostgreSQL mode (as the embedded default runs) with every table of the application's
 * own migrations, so a projection's test writes to exactly the columns, keys and limits production has.
 */
public final class ReadModelDatabase {

    private static final Path MIGRATIONS = Path.of("../app/src/main/resources/db/migration").toAbsolutePath();

    private final DataSource dataSource;

    public ReadModelDatabase() {
        this("latest");
    }

    private ReadModelDatabase(String version) {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:read-models-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        migrate(version);
    }

    /** The tables as they stood after the given migration: to fill as an older release left them, then migrate. */
    public static ReadModelDatabase upTo(String version) {
        return new ReadModelDatabase(version);
    }

    /** Applies the migrations up to the given version ("latest": all). */
    public void migrate(String version) {
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + MIGRATIONS).target(version).load()
                .migrate();
    }

    public JdbcTemplate jdbcTemplate() {
        return new JdbcTemplate(dataSource);
    }

    public JdbcClient jdbcClient() {
        return JdbcClient.create(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
