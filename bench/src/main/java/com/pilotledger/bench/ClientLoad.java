package com.pilotledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: a number of clients, each calling as soon as its previous call returned, for a fixed time. Each
 * call's latency is recorded; a failed call is counted, never timed, and the first failure is kept for the report.
 */
final class ClientLoad {

    /** One call of one client; the iteration counts that client's calls. */
    @FunctionalInterface
    interface Call {
        void run(int client, long iteration) throws Exception;
    }

    /** What a load produced: the latencies of the calls that succeeded, how many failed, and over how long. */
    record Outcome(Latencies latencies, long failures, String firstFailure, double seconds) {

        double perSecond() {
            return latencies.count() / seconds;
        }
    }

    private ClientLoad() {
    }

    static Outcome run(int clients, Duration duration, Call call) {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long deadline = System.nanoTime() + duration.toNanos();
        Stopwatch stopwatch = Stopwatch.start();
        List<Future<Latencies>> results = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int id = client;
            results.add(threads.submit(() -> {
                Latencies latencies = new Latencies();
                for (long iteration = 0; System.nanoTime() < deadline; iteration++) {
                    long started = System.nanoTime();
                    try {
                        call.run(id, iteration);
                        latencies.record(System.nanoTime() - started);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
                return latencies;
            }));
        }
        List<Latencies> perClient = new ArrayList<>();
        try {
            for (Future<Latencies> result : results) {
                perClient.add(result.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("A benchmark client crashed", e);
        } finally {
            threads.shutdownNow();
        }
        return new Outcome(Latencies.merge(perClient), failures.get(), firstFailure.get(), stopwatch.elapsedSeconds());
    }
}
