package com.pilotledger.app.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

import java.util.stream.Stream;

/**
 * Two application instances on one fresh PostgreSQL database (H2's embedded file cannot be shared), so these tests run
 * in the PostgreSQL suite only. Each instance claims one of the two segments of every processor, with the settings
 * docs/operations.md prescribes for several instances, so each reads its own writes ("Several instances").
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstancesTest {

    private static final String[] SPREAD_SEGMENTS = {
            "--pilot-ledger.projections.segments=2",
            "--pilot-ledger.projections.max-claimed-segments=1",
            "--pilot-ledger.projections.claim-extension=100ms",
            "--pilot-ledger.projections.remote-fetch-delay=10ms"};

    private TestDatabase database;
    protected RunningLedger first;
    protected RunningLedger second;

    /** Settings both instances start with, beyond the spread segments. */
    protected String[] settings() {
        return new String[0];
    }

    @BeforeAll
    void startTwoInstances() {
        String[] settings = Stream.concat(Stream.of(settings()), Stream.of(SPREAD_SEGMENTS)).toArray(String[]::new);
        database = TestDatabase.postgres();
        first = RunningLedger.sharing(database, settings);
        second = RunningLedger.sharing(database, settings);
    }

    @AfterAll
    void stopBoth() {
        second.close();
        first.close();
        database.close();
    }
}
