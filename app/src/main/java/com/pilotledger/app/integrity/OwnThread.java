package com.pilotledger.app.integrity;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A scheduler with one thread of its own, named for the log, that never keeps the JVM alive. */
final class OwnThread {

    private OwnThread() {
    }

    static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
