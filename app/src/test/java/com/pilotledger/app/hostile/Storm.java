package com.pilotledger.app.hostile;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the hostile requests one at a time and judges each answer. One at a time, so that the event store's growth
 * while a request is handled belongs to that request alone: a refused request must leave it as it was. Every command
 * waits for the processes it sets off before it answers (read-your-writes), so nothing of an earlier request is
 * still being appended when the next one is sent. A time budget bounds the storm when processing stalls.
 */
final class Storm {

    private static final int PROGRESS_EVERY = 1000;

    private final HostileClient client;
    private final JdbcTemplate jdbc;
    private final Duration budget;

    Storm(HostileClient client, JdbcTemplate jdbc, Duration budget) {
        this.client = client;
        this.jdbc = jdbc;
        this.budget = budget;
    }

    /** What the storm did and what it found. */
    record Outcome(List<HostileRequest> sent, int accepted, List<Finding> findings, Duration took, boolean finished) {
    }

    Outcome run(List<HostileRequest> requests) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        List<HostileRequest> sent = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int accepted = 0;
        long events = eventCount();
        for (HostileRequest request : requests) {
            if (System.nanoTime() > deadline) {
                break;
            }
            int number = sent.size() + 1;
            Answer answer = client.send(request);
            long after = eventCount();
            sent.add(request);
            boolean took = answer.accepted(request);
            accepted += took ? 1 : 0;
            findings.addAll(judge(number, request, answer, took, after - events));
            events = after;
            if (number % PROGRESS_EVERY == 0) {
                System.out.printf("Hostile input: %d of %d requests sent in %d s, %d findings%n", number,
                        requests.size(), Duration.ofNanos(System.nanoTime() - start).toSeconds(), findings.size());
            }
        }
        return new Outcome(sent, accepted, findings, Duration.ofNanos(System.nanoTime() - start),
                sent.size() == requests.size());
    }

    private List<Finding> judge(int number, HostileRequest request, Answer answer, boolean accepted, long appended) {
        List<Finding> findings = new ArrayList<>();
        if (answer.status() == 0) {
            findings.add(new Finding(Finding.Kind.NO_ANSWER, number, request, answer, null));
        }
        if (answer.status() >= 500) {
            findings.add(new Finding(Finding.Kind.SERVER_ERROR, number, request, answer, null));
        }
        if (request.isApi() && answer.status() >= 400 && answer.status() < 500 && !answer.isProblem()) {
            findings.add(new Finding(Finding.Kind.NOT_A_PROBLEM, number, request, answer, null));
        }
        if (!accepted && appended != 0) {
            findings.add(new Finding(Finding.Kind.EVENT_APPENDED_BY_REFUSAL, number, request, answer,
                    appended + " event(s): " + lastEvents(appended)));
        }
        if (accepted && request.expect() == Expect.REFUSED) {
            findings.add(new Finding(Finding.Kind.ACCEPTED_BUT_MUST_BE_REFUSED, number, request, answer, null));
        }
        return findings;
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private List<String> lastEvents(long count) {
        return jdbc.queryForList("SELECT payload_type, aggregate_identifier FROM domain_event_entry "
                        + "ORDER BY global_index DESC LIMIT " + Math.max(1, Math.min(count, 10))).stream()
                .map(row -> row.get("payload_type") + " of " + row.get("aggregate_identifier")).toList();
    }
}
