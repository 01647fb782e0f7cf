package com.pilotledger.app.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients at work while a backup is taken: each registers a pilot of its own and records signals for it, one after
 * the other, until closed. Closing stops them and checks that every command was accepted.
 */
final class CommandsUnderway implements AutoCloseable {

    private static final String[] LEVELS = {"UNSETTLED", "STABILIZING", "ESTABLISHED"};

    private final RunningLedger ledger;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;
    private final List<Future<Integer>> refusals = new ArrayList<>();

    private CommandsUnderway(RunningLedger ledger, int clientCount) {
        this.ledger = ledger;
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int i = 0; i < clientCount; i++) {
            String name = "Under way " + i;
            refusals.add(clients.submit(() -> recordUntilClosed(name)));
        }
    }

    /** Starts the clients and returns once they have stored a few events each, so they are surely at work. */
    static CommandsUnderway start(RunningLedger ledger, int clientCount) {
        long events = ledger.eventCount();
        CommandsUnderway underway = new CommandsUnderway(ledger, clientCount);
        underway.awaitEventsBeyond(events + 4L * clientCount);
        return underway;
    }

    /** Waits until the store holds more than so many events: the clients are (still) at work. */
    void awaitEventsBeyond(long events) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ledger.eventCount() <= events) {
            assertThat(System.nanoTime()).as("the clients store more than %d events within 30 s", events)
                    .isLessThan(giveUp);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private int recordUntilClosed(String name) {
        LedgerClient client = ledger.client();
        String pilot = client.post("pam", "/api/pilots", registration(name, "Stores", "owen", "100000.00"))
                .header("Location");
        int refused = pilot == null ? 1 : 0;
        for (int n = 0; running.get() && pilot != null; n++) {
            if (client.post("owen", pilot + "/signals", signal("OPERATIONAL_OWNERSHIP", LEVELS[n % LEVELS.length],
                    "Reading " + n)).status() != 200) {
                refused++;
            }
        }
        return refused;
    }

    @Override
    public void close() throws Exception {
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("the clients stop").isTrue();
        for (Future<Integer> refused : refusals) {
            assertThat(refused.get()).as("commands refused while the backup was taken").isZero();
        }
    }
}
