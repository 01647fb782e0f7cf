package com.pilotledger.app.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

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

    /** Polls for an asynchronous outcome (a deadline firing), failing when it does not come in time. */
    protected static <T> T within(Duration timeout, Supplier<T> outcome) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T value = outcome.get();
            if (value != null) {
                return value;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("No outcome within " + timeout);
    }
}
