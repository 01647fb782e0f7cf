package com.pilotledger.app.e2e;

import com.pilotledger.app.e2e.CommandJournal.Entry;
import com.pilotledger.app.e2e.CommandJournal.Kind;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * A client that does what a careful one does when the server vanishes mid-request: it sends the same request again,
 * with the same {@code Idempotency-Key}, until it gets an answer or its deadline passes, and writes what it was
 * finally told into the journal. An answer is final, except the one that says the key's first request is still in
 * flight: that one asks to be retried.
 */
final class RetryingClient {

    private static final long RETRY_PAUSE_NANOS = Duration.ofMillis(100).toNanos();
    /** The draft's 409 for a key whose first request is still running (or ran on an instance that died). */
    private static final String KEY_IN_FLIGHT = "IDEMPOTENCY_KEY_IN_FLIGHT";

    private final LedgerClient http;
    private final CommandJournal journal;
    private final String keyPrefix;
    private final long deadlineNanos;
    private int sent;

    RetryingClient(LedgerClient http, CommandJournal journal, String keyPrefix, long deadlineNanos) {
        this.http = http;
        this.journal = journal;
        this.keyPrefix = keyPrefix;
        this.deadlineNanos = deadlineNanos;
    }

    /** The key of the next command; its body names it (see {@link Entry#mark()}). */
    String nextKey() {
        return keyPrefix + "-" + (++sent);
    }

    Entry post(Kind kind, String user, String path, String key, Object body) {
        int connectionFailures = 0;
        int stillInFlight = 0;
        try {
            do {
                try {
                    LedgerClient.Response response = http.post(user, path, body, Map.of("Idempotency-Key", key));
                    if (response.status() != 409
                            || !KEY_IN_FLIGHT.equals(response.body().path("code").asString(null))) {
                        return recorded(answered(kind, user, path, key, connectionFailures, stillInFlight, response));
                    }
                    if (stillInFlight++ == 0) {
                        journal.waitingForKey();
                    }
                } catch (UncheckedIOException connectionFailure) {
                    connectionFailures++;
                }
                LockSupport.parkNanos(RETRY_PAUSE_NANOS);
            } while (!pastDeadline());
            return recorded(new Entry(kind, user, path, key, connectionFailures, stillInFlight, 0, null, null, null));
        } finally {
            if (stillInFlight > 0) {
                journal.keyFree();
            }
        }
    }

    /** A read, retried the same way; empty once the deadline passed without an answer. */
    Optional<LedgerClient.Response> get(String user, String path) {
        while (true) {
            try {
                return Optional.of(http.get(user, path));
            } catch (UncheckedIOException connectionFailure) {
                if (pastDeadline()) {
                    return Optional.empty();
                }
                LockSupport.parkNanos(RETRY_PAUSE_NANOS);
            }
        }
    }

    boolean pastDeadline() {
        return System.nanoTime() > deadlineNanos;
    }

    private Entry recorded(Entry entry) {
        journal.add(entry);
        return entry;
    }

    private static Entry answered(Kind kind, String user, String path, String key, int connectionFailures,
                                  int stillInFlight, LedgerClient.Response response) {
        String code = response.status() >= 400 ? response.body().path("code").asString(null) : null;
        String requestStatus = response.status() < 300 && (kind == Kind.AUTHORIZATION || kind == Kind.APPROVAL)
                ? response.body().path("status").asString(null) : null;
        return new Entry(kind, user, path, key, connectionFailures, stillInFlight, response.status(), code,
                response.header("Location"), requestStatus);
    }
}
