package com.pilotledger.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The seal lag under S1 load: how long after an event is committed the sealer has sealed it. Every 20 ms the probe
 * reads, in one query of two index lookups, the newest committed global index and the highest one sealed
 * ({@code seal_head}, written in the transaction that inserts the seals). A newly committed index is timed from the
 * poll that first sees it to the poll that finds the seal head at or past it. The sealer seals in the order events
 * become visible, so once it has sealed past an index that was already visible, that event is sealed too.
 * <p>
 * Each end is seen within one polling interval (20 ms) of when it happened; two reads every 20 ms add nothing
 * noticeable to S1's load, and no command is sent. When S1 ends, the events still unsealed are waited for (up to
 * 30 s each), so the slowest ones are timed too rather than dropped.
 */
final class SealLagProbe implements Runnable {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final long GIVE_UP_NANOS = Duration.ofSeconds(30).toNanos();

    private final JdbcTemplate jdbc;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Latencies lags = new Latencies();
    /** Committed indexes not yet sealed, oldest first, with when they were first seen. */
    private final Deque<Sample> unsealed = new ArrayDeque<>();
    private final Stopwatch stopwatch = Stopwatch.start();
    private long newestSeen;
    private long failures;
    private Thread thread;

    SealLagProbe(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SealLagProbe start() {
        thread = new Thread(this, "seal-lag-probe");
        thread.start();
        return this;
    }

    /** Ends sampling, waits until every sample is sealed (or given up on), and returns the lags. */
    ClientLoad.Outcome stop() throws InterruptedException {
        running.set(false);
        thread.join();
        return new ClientLoad.Outcome(lags, failures, failures == 0 ? null
                : "An event was not sealed within 30 s of its commit", stopwatch.elapsedSeconds());
    }

    @Override
    public void run() {
        newestSeen = poll()[0];
        while (running.get() || !unsealed.isEmpty()) {
            LockSupport.parkNanos(POLL.toNanos());
            long[] indexes = poll();
            long seen = System.nanoTime();
            while (!unsealed.isEmpty() && unsealed.peekFirst().globalIndex() <= indexes[1]) {
                lags.record(seen - unsealed.removeFirst().seenNanos());
            }
            while (!unsealed.isEmpty() && seen - unsealed.peekFirst().seenNanos() > GIVE_UP_NANOS) {
                unsealed.removeFirst();
                failures++;
            }
            if (running.get() && indexes[0] > newestSeen) {
                newestSeen = indexes[0];
                if (indexes[0] > indexes[1]) {
                    unsealed.addLast(new Sample(indexes[0], seen));
                } else {
                    // Committed and sealed between two polls: both ends seen at once, 0 by this measure.
                    lags.record(0);
                }
            }
        }
    }

    /** The newest committed global index and the highest sealed one. */
    private long[] poll() {
        return jdbc.queryForObject("SELECT (SELECT MAX(global_index) FROM domain_event_entry),"
                        + " (SELECT max_global_index FROM seal_head WHERE id = 1)",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
    }

    private record Sample(long globalIndex, long seenNanos) {
    }
}
