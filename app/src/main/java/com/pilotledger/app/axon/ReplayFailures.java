package com.pilotledger.app.axon;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a handler failed during the current replay, where it ran without a savepoint ({@link HandlerSavepoint}).
 * Its batch failed as a whole; from then on, until the next rebuild starts, every replayed event is handled in
 * savepoints, so the retried batch parks the failure like any other, and further failures (a projection that fails on
 * every event of a type) are parked in the same pass instead of each costing a retry. The failed events are
 * remembered by id, the most recent ones only, so their batch's failure is reported as the planned retry it is.
 */
public final class ReplayFailures {

    private static final int REMEMBERED = 10_000;

    /** Event id to whether the failed batch it caused is still to be reported. */
    private final Map<String, Boolean> failed = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private volatile boolean metAny;

    /** A new replay starts: its handlers run without savepoints until one fails. */
    public synchronized void forget() {
        failed.clear();
        metAny = false;
    }

    synchronized void remember(String eventId) {
        failed.put(eventId, true);
        metAny = true;
    }

    boolean metAny() {
        return metAny;
    }

    /**
     * Whether a batch of these events failed because a handler failed on one of them during a replay, the first time
     * it is asked for that event: the retry that follows is planned, not a stopped processor.
     */
    synchronized boolean firstReportOf(Collection<String> eventIds) {
        boolean unreported = false;
        for (String eventId : eventIds) {
            if (Boolean.TRUE.equals(failed.get(eventId))) {
                failed.put(eventId, false);
                unreported = true;
            }
        }
        return unreported;
    }
}
