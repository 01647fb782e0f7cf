package com.pilotledger.app.e2e;

import com.pilotledger.app.e2e.CommandJournal.Entry;
import com.pilotledger.app.e2e.CommandJournal.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The application as a process of its own on PostgreSQL, eight clients authorizing capital (some above the four-eyes
 * threshold, approved by a second executive) and recording signals, and the process killed with SIGKILL while
 * authorizations are in flight, then started again on the same database, several times. The clients retry every
 * unanswered request with the same Idempotency-Key. At rest, the record must hold: nothing acknowledged lost, nothing
 * done twice, the capital adding up, no request and no processor stuck (see {@link CrashAftermath}).
 * <p>
 * Kills aim at the windows of an authorization: right after the request, the reservation, the approval and the
 * authorization reached the store, before the process that reacts to it committed its progress.
 */
@Tag("postgres")
class CrashRecoveryPostgresTest {

    private static final int CLIENTS = 8;
    private static final long SEED = 9;
    /** The steps of an authorization after which the kills come, in turn, before the next step is stored. */
    private static final List<String> KILL_WINDOWS = List.of("InvestmentAuthorized", "CapitalReserved",
            "CapitalRequestApproved", "InvestmentAuthorizationRequested");
    private static final Duration WINDOW_PATIENCE = Duration.ofSeconds(6);
    private static final Duration LOAD_AFTER_LAST_RESTART = Duration.ofSeconds(3);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /**
     * How long a request holds its Idempotency-Key before a retry may run it again, when the instance that ran it died.
     * Still longer than any request takes (read-your-writes 5 s, decision 10 s), but shorter than the default minute,
     * so that the clients caught by a kill are back at work before the next one.
     */
    private static final Duration KEY_LEASE = Duration.ofSeconds(20);
    /** Clients give up retrying here, so that the test ends in time (3 minutes) whatever the application does. */
    private static final Duration CLIENT_DEADLINE = Duration.ofSeconds(135);
    private static final Duration REST_TIMEOUT = Duration.ofSeconds(15);

    private final TestDatabase database = TestDatabase.postgres();
    private final LedgerProcess ledger = new LedgerProcess(settings(database),
            Path.of("target", "crash-test"));
    private final CommandJournal journal = new CommandJournal();
    private final Random random = new Random(SEED);
    private final List<String> kills = new ArrayList<>();
    private final Set<String> deadOwners = new LinkedHashSet<>();
    private final AtomicBoolean stop = new AtomicBoolean();

    @AfterEach
    void stopAndDrop() {
        ledger.close();
        database.close();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void acknowledgedCommandsSurviveKillNineDuringAuthorizations() throws Exception {
        long started = System.nanoTime();
        long clientDeadline = started + CLIENT_DEADLINE.toNanos();
        ledger.start();
        Duration firstStart = ledger.awaitReady(START_TIMEOUT);
        List<Thread> clients = startClients(registerPilots(clientDeadline), clientDeadline);
        try (Connection store = connect(database)) {
            for (String window : KILL_WINDOWS) {
                awaitClientsAtWork();
                LockSupport.parkNanos(Duration.ofMillis(1500 + random.nextInt(1500)).toNanos());
                String kill = kill(store, window);
                long restarting = System.nanoTime();
                ledger.start();
                ledger.awaitReady(START_TIMEOUT);
                kills.add(kill + ", restarted in " + millis(System.nanoTime() - restarting));
            }
            LockSupport.parkNanos(LOAD_AFTER_LAST_RESTART.toNanos());
            stop.set(true);
            long killed = System.nanoTime() - started;
            for (Thread client : clients) {
                client.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(clientDeadline - System.nanoTime()) + 20_000));
            }
            long drained = System.nanoTime() - started;
            StoredRecord stored = awaitRest(store);

            JsonNode capital = ledger.client().get("ada", "/api/capital").body();
            JsonNode board = ledger.client().get("ada", "/api/pilots?size=200").body().path("rows");
            CrashAftermath aftermath = new CrashAftermath(journal, stored, deadOwners, Instant.now());
            List<String> findings = aftermath.findings(capital, board);
            String figures = String.join("\n",
                    "first start " + millis(firstStart.toNanos()) + ", " + kills.size() + " kills (SIGKILL):",
                    kills.stream().map(kill -> "  " + kill).collect(Collectors.joining("\n")),
                    journal.figures(),
                    "authorization requests in the store " + aftermath.requests() + ", awaiting approval "
                            + aftermath.awaitingApproval().size() + ", events " + stored.events().size(),
                    "capital view: committed " + capital.at("/committed/amount").asString() + ", reserved "
                            + capital.at("/reserved/amount").asString() + ", available "
                            + capital.at("/available/amount").asString(),
                    "kills done at " + millis(killed) + ", clients done at " + millis(drained) + ", at rest at "
                            + millis(System.nanoTime() - started),
                    "application logs: " + ledger.log().getParent().toAbsolutePath());
            System.out.println("Crash test figures\n" + figures);
            assertThat(clients).as("clients still running after their deadline").noneMatch(Thread::isAlive);
            if (!findings.isEmpty()) {
                fail("The record did not hold after " + kills.size() + " kills: " + findings.size() + " finding(s)\n"
                        + limited(findings, 60) + "\n\nFigures\n" + figures
                        + "\n\nWarnings and errors the application logged\n"
                        + limited(ledger.warningsAndErrors(), 25));
            }
        } finally {
            stop.set(true);
            clients.forEach(Thread::interrupt);
        }
    }

    /** Each client owns two pilots; even clients make their requests as eve, odd ones as ethan, the other approves. */
    private List<Thread> startClients(List<String> pilots, long deadline) {
        List<Thread> clients = new ArrayList<>();
        for (int number = 0; number < CLIENTS; number++) {
            String maker = number % 2 == 0 ? "eve" : "ethan";
            String checker = number % 2 == 0 ? "ethan" : "eve";
            Thread client = new Thread(new AuthorizingClient(
                    new RetryingClient(ledger.client(), journal, "client-" + number, deadline), journal,
                    pilots.subList(2 * number, 2 * number + 2), maker, checker, new Random(SEED + number), stop),
                    "crash-client-" + number);
            client.start();
            clients.add(client);
        }
        return clients;
    }

    /** Two pilots per client, registered before the load (retried like everything else). */
    private List<String> registerPilots(long deadline) {
        RetryingClient manager = new RetryingClient(ledger.client(), journal, "registration", deadline);
        List<String> pilots = new ArrayList<>();
        for (int number = 0; number < 2 * CLIENTS; number++) {
            String key = manager.nextKey();
            Entry registered = manager.post(Kind.REGISTRATION, "pam", "/api/pilots", key,
                    registration("Crash pilot " + number + " " + Entry.mark(key), "Unit " + number % 4, "owen",
                            "600000.00"));
            assertThat(registered.location()).as(registered.describe()).startsWith("/api/pilots/");
            pilots.add(registered.location());
        }
        return pilots;
    }

    /** Clients whose request died with the previous instance wait for its key to be given up; kills wait for them. */
    private void awaitClientsAtWork() {
        LockSupport.parkNanos(Duration.ofMillis(500).toNanos()); // their next retry reaches the new instance
        long deadline = System.nanoTime() + KEY_LEASE.plusSeconds(10).toNanos();
        while (journal.clientsWaitingForTheirKey() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /**
     * Waits until a request is caught in the middle, its step {@code window} stored and its next step not yet (or, if
     * none is within the patience, just until authorizations are in flight), then kills the process with SIGKILL.
     */
    private String kill(Connection store, String window) throws SQLException {
        long deadline = System.nanoTime() + WINDOW_PATIENCE.toNanos();
        List<String> caught = List.of();
        int looks = 0;
        while (caught.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(100_000);
            caught = StoredRecord.requestsInTheMiddle(store, window);
            looks++;
        }
        while (journal.authorizationsInFlight() == 0) {
            if (System.nanoTime() > deadline + WINDOW_PATIENCE.toNanos()) {
                fail("No authorization in flight for " + WINDOW_PATIENCE + " after the window's patience ran out");
            }
            LockSupport.parkNanos(200_000);
        }
        int inFlight = journal.authorizationsInFlight();
        int exit = ledger.kill();
        deadOwners.addAll(StoredRecord.tokenOwners(store)); // the claims a killed instance leaves behind
        assertThat(exit).as("exit value of the application killed with destroyForcibly (SIGKILL is 137)")
                .isEqualTo(LedgerProcess.KILLED_BY_SIGKILL);
        assertThat(inFlight).as("authorizations in flight at the kill").isPositive();
        return "kill " + (kills.size() + 1) + " of instance " + ledger.starts() + " after " + window + ": "
                + (caught.isEmpty() ? "no request caught there in " + looks + " looks" : "requests " + caught
                + " caught there after " + looks + " looks")
                + ", " + inFlight + " authorization(s) in flight, exit " + exit;
    }

    /**
     * At rest: the store has stopped growing and every processor has caught up with it, or the timeout passed (the
     * findings then say which processor did not).
     */
    private StoredRecord awaitRest(Connection store) throws SQLException {
        long deadline = System.nanoTime() + REST_TIMEOUT.toNanos();
        StoredRecord before = StoredRecord.read(store);
        while (System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            StoredRecord now = StoredRecord.read(store);
            boolean caughtUp = now.tokens().stream().allMatch(token -> token.index() >= now.head());
            if (now.head() == before.head() && caughtUp) {
                return now;
            }
            before = now;
        }
        return before;
    }

    private static List<String> settings(TestDatabase database) {
        List<String> settings = new ArrayList<>(database.properties().entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toList());
        settings.add("--pilot-ledger.idempotency.lease=" + KEY_LEASE.toSeconds() + "s");
        return settings;
    }

    private static Connection connect(TestDatabase database) throws SQLException {
        Map<String, Object> properties = database.properties();
        return DriverManager.getConnection((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"));
    }

    private static String millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos) + " ms";
    }

    private static String limited(List<String> lines, int most) {
        String shown = lines.stream().limit(most).map(line -> "- " + line).collect(Collectors.joining("\n"));
        return lines.size() > most ? shown + "\n- ... and " + (lines.size() - most) + " more" : shown;
    }
}
