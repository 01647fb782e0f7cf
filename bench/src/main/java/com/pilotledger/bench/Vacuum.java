package com.pilotledger.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What PostgreSQL's autovacuum does in production, done by the benchmark where the server has it switched off (as on
 * the machines this benchmark was written on). Read-model rows are rewritten by nearly every event; without vacuum
 * their dead versions and index entries pile up and every board read wades through them (docs/performance.md shows
 * the figure). The run reports the server's setting; where autovacuum is on, this is left to it.
 */
final class Vacuum {

    private final DataSource dataSource;
    private final boolean needed;

    private Vacuum(DataSource dataSource, boolean needed) {
        this.dataSource = dataSource;
        this.needed = needed;
    }

    /** The server's autovacuum setting, or null for a database that has none (H2). */
    static String autovacuumSetting(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return null;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SHOW autovacuum")) {
                result.next();
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Vacuum standingInForAutovacuum(DataSource dataSource) {
        return new Vacuum(dataSource, "off".equals(autovacuumSetting(dataSource)));
    }

    /** Vacuums and analyzes the whole database (outside any transaction, as VACUUM requires), if autovacuum is off. */
    void run() {
        if (!needed) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM (ANALYZE)");
        } catch (SQLException e) {
            throw new IllegalStateException("VACUUM failed", e);
        }
    }
}
