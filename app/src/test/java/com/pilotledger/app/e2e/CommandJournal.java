package com.pilotledger.app.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The clients' side of the record: every command they sent, how often the connection failed under it, and the answer
 * they finally got. The event store must hold exactly what they were told it holds.
 */
final class CommandJournal {

    enum Kind { REGISTRATION, SIGNAL, AUTHORIZATION, APPROVAL }

    /**
     * One command as its client saw it. Status 0: never answered before the deadline. Request status is where an
     * authorization request stood in the answer's body (202 of an authorization, 200 of an approval).
     */
    record Entry(Kind kind, String user, String path, String key, int connectionFailures, int stillInFlight,
                 int status, String code, String location, String requestStatus) {

        /**
         * How the command's own text (name, evidence, rationale) names its key, so that its event is found in the
         * store whatever the application keeps in the event's metadata.
         */
        static String mark(String key) {
            return "[" + key + "]";
        }

        String mark() {
            return mark(key);
        }

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        /** The request an approval decided, or the one a 202 authorization points to ({@code /api/approvals/{id}}). */
        String requestId() {
            String address = kind == Kind.APPROVAL ? path.substring(0, path.lastIndexOf('/')) : location;
            return address == null ? null : address.substring(address.lastIndexOf('/') + 1);
        }

        String describe() {
            return kind + " " + user + " POST " + path + " key " + key + " -> " + (status == 0 ? "no answer" : status)
                    + (code == null ? "" : " " + code) + (requestStatus == null ? "" : " " + requestStatus)
                    + " after " + connectionFailures + " connection failure(s)"
                    + (stillInFlight == 0 ? "" : " and " + stillInFlight + " answer(s) 'key still in flight'");
        }
    }

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> undecided = new ConcurrentLinkedQueue<>();
    /** Authorizations between their first send and their last answer (approval included): where kills must land. */
    private final AtomicInteger authorizationsInFlight = new AtomicInteger();
    private final AtomicInteger clientsWaitingForTheirKey = new AtomicInteger();

    void add(Entry entry) {
        entries.add(entry);
    }

    /** A request whose 202 never turned into a decision while its client kept asking. */
    void undecided(String requestId) {
        undecided.add(requestId);
    }

    /** A client is waiting for its key's first request to be given up (it died with the instance that ran it). */
    void waitingForKey() {
        clientsWaitingForTheirKey.incrementAndGet();
    }

    void keyFree() {
        clientsWaitingForTheirKey.decrementAndGet();
    }

    int clientsWaitingForTheirKey() {
        return clientsWaitingForTheirKey.get();
    }

    void authorizationStarted() {
        authorizationsInFlight.incrementAndGet();
    }

    void authorizationEnded() {
        authorizationsInFlight.decrementAndGet();
    }

    int authorizationsInFlight() {
        return authorizationsInFlight.get();
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    List<Entry> entries(Predicate<Entry> which) {
        return entries.stream().filter(which).toList();
    }

    List<String> undecided() {
        return List.copyOf(undecided);
    }

    /** Counts per kind and answer, e.g. {@code AUTHORIZATION 409 INSUFFICIENT_CAPITAL=3}. */
    Map<String, Long> answers() {
        return entries.stream().collect(Collectors.groupingBy(
                entry -> entry.kind() + " " + entry.status() + (entry.code() == null ? "" : " " + entry.code()),
                TreeMap::new, Collectors.counting()));
    }

    String figures() {
        List<String> lines = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Entry> sent = entries(entry -> entry.kind() == kind);
            lines.add(String.format("%-13s sent %4d, acknowledged %4d, retried after connection failures %3d, "
                            + "after 'key still in flight' %3d", kind, sent.size(),
                    sent.stream().filter(Entry::acknowledged).count(),
                    sent.stream().filter(entry -> entry.connectionFailures() > 0).count(),
                    sent.stream().filter(entry -> entry.stillInFlight() > 0).count()));
        }
        lines.add("answers: " + answers());
        return String.join("\n", lines);
    }
}
