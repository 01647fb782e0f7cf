package com.pilotledger.bench;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * S2: how long after a command is acknowledged its effect shows on the board, while S1's clients keep the application
 * busy. A probe pilot's resilience reading flips between two levels, one command at a time; after each
 * acknowledgement the board row is polled (every 0.2 ms, straight from its table) until it shows the new level.
 */
final class LiveLagProbe implements Runnable {

    private static final long POLL_NANOS = 200_000;
    private static final long GIVE_UP_NANOS = Duration.ofSeconds(30).toNanos();
    private static final Duration BETWEEN_PROBES = Duration.ofMillis(20);

    private final CommandGateway gateway;
    private final JdbcTemplate jdbc;
    private final String pilotId;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Latencies lags = new Latencies();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final Stopwatch stopwatch = Stopwatch.start();
    private Thread thread;

    LiveLagProbe(CommandGateway gateway, JdbcTemplate jdbc, String pilotId) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.pilotId = pilotId;
    }

    LiveLagProbe start() {
        thread = new Thread(this, "live-lag-probe");
        thread.start();
        return this;
    }

    ClientLoad.Outcome stop() throws InterruptedException {
        running.set(false);
        thread.join();
        return new ClientLoad.Outcome(lags, failures.get(), firstFailure.get(), stopwatch.elapsedSeconds());
    }

    @Override
    public void run() {
        boolean established = false;
        while (running.get()) {
            established = !established;
            ReadinessLevel level = established ? ReadinessLevel.ESTABLISHED : ReadinessLevel.STABILIZING;
            gateway.sendAndWait(PortfolioScript.signal(pilotId, StabilizationDomain.OPERATIONAL_RESILIENCE, level,
                    null), PortfolioScript.pilotOwner());
            long acknowledged = System.nanoTime();
            if (awaitBoardShowing(level, acknowledged)) {
                lags.record(System.nanoTime() - acknowledged);
            } else {
                failures.incrementAndGet();
                firstFailure.compareAndSet(null, "The board did not show a signal within 30 s");
            }
            LockSupport.parkNanos(BETWEEN_PROBES.toNanos());
        }
    }

    private boolean awaitBoardShowing(ReadinessLevel level, long acknowledged) {
        while (!level.name().equals(jdbc.queryForObject(
                "SELECT operational_resilience FROM board_pilot WHERE pilot_id = ?", String.class, pilotId))) {
            if (System.nanoTime() - acknowledged > GIVE_UP_NANOS) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }
}
