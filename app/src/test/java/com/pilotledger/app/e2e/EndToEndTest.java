package com.pilotledger.app.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * One running application per test class, on its own fresh database (H2, or PostgreSQL in the postgres suite).
 * The tag selects these classes for the PostgreSQL run of CI.
 */
@Tag("end-to-end")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndTest {

    protected RunningLedger ledger;
    protected LedgerClient client;

    /** Command-line arguments the application starts with, beyond the database settings. */
    protected String[] arguments() {
        return new String[0];
    }

    @BeforeAll
    void startLedger() {
        ledger = new RunningLedger(arguments());
        client = ledger.client();
    }

    @AfterAll
    void stopLedger() {
        ledger.close();
    }
}
