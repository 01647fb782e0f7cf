package com.pilotledger.app.e2e;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Polls for an asynchronous outcome (a deadline firing), failing when it does not come in time. */
final class Eventually {

    private Eventually() {
    }

    static <T> T within(Duration timeout, Supplier<T> outcome) {
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
