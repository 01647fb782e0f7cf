package com.pilotledger.app.backup;

/** The ledger is stored in PostgreSQL, whose own pg_dump takes its backups; the application takes none. */
public class OnlineBackupUnavailableException extends RuntimeException {

    OnlineBackupUnavailableException(String database) {
        super("The ledger is stored in " + database + ": back it up with pg_dump (docs/operations.md, "
                + "\"Backup and restore\"); the application backs up only its embedded store");
    }
}
