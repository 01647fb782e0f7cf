package com.pilotledger.app.browser;

import com.pilotledger.app.e2e.RunningLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/** One running application (embedded store) and one headless Chromium per test class. */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    protected RunningLedger ledger;
    protected Browser browser;

    protected String[] arguments() {
        return new String[0];
    }

    @BeforeAll
    void start() {
        ledger = new RunningLedger(arguments());
        browser = new Browser(ledger.port());
    }

    @AfterAll
    void stop() {
        browser.close();
        ledger.close();
    }
}
