package com.pilotledger.app.integrity;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Verifies the whole log at start-up and then every {@code pilot-ledger.integrity.verify-interval}, on a thread of its
 * own: a verification of a large log takes seconds, and the application's shared scheduler also retries commands.
 */
@Component
@SealedLogKept
class ScheduledVerification implements SmartLifecycle {

    private final LedgerVerification verification;
    private final IntegritySettings settings;
    private ScheduledExecutorService thread;

    ScheduledVerification(LedgerVerification verification, IntegritySettings settings) {
        this.verification = verification;
        this.settings = settings;
    }

    @Override
    public void start() {
        thread = OwnThread.named("ledger-verification");
        thread.scheduleWithFixedDelay(verification::verifyNow, 0, settings.verifyInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        thread.shutdownNow();
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
