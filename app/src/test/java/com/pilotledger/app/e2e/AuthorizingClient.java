package com.pilotledger.app.e2e;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.app.e2e.CommandJournal.Entry;
import com.pilotledger.app.e2e.CommandJournal.Kind;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.signal;

/**
 * One executive's desk under load: it authorizes capital for its two pilots in turn (every fourth time above the
 * four-eyes threshold, then has the other executive approve), while the pilots' owner records a signal on the other
 * pilot. One pilot never has two requests open at once, so every refusal seen is the pool's, never a pending request.
 */
final class AuthorizingClient implements Runnable {

    private static final long POLL_NANOS = Duration.ofMillis(200).toNanos();
    /** A 202 not yet decided is asked about this long; a healthy process decides in well under a second. */
    private static final Duration DECISION_PATIENCE = Duration.ofSeconds(15);
    private static final Set<String> CHECKED = Set.of("AUTHORIZED", "REFUSED", "REJECTED", "EXPIRED", "CANCELLED");
    private static final Set<String> DECIDED = Stream.concat(Stream.of("AWAITING_APPROVAL"), CHECKED.stream())
            .collect(Collectors.toUnmodifiableSet());

    private final RetryingClient client;
    private final CommandJournal journal;
    private final List<String> pilots;
    private final String maker;
    private final String checker;
    private final Random random;
    private final AtomicBoolean stop;

    AuthorizingClient(RetryingClient client, CommandJournal journal, List<String> pilots, String maker,
                      String checker, Random random, AtomicBoolean stop) {
        this.client = client;
        this.journal = journal;
        this.pilots = pilots;
        this.maker = maker;
        this.checker = checker;
        this.random = random;
        this.stop = stop;
    }

    @Override
    public void run() {
        for (int round = 0; !stop.get() && !client.pastDeadline(); round++) {
            authorize(pilots.get(round % 2), round % 4 == 1
                    ? thousands(501, 560) // above the four-eyes threshold of 500,000
                    : thousands(20, 200));
            recordSignal(pilots.get((round + 1) % 2), round);
        }
    }

    private void authorize(String pilot, BigDecimal capital) {
        journal.authorizationStarted();
        try {
            String key = client.nextKey();
            Entry answer = client.post(Kind.AUTHORIZATION, maker, pilot + "/authorizations", key,
                    authorization("CONTROLLED_INVESTMENT", capital.toPlainString(), "Crash test " + Entry.mark(key),
                            "Load under kill -9: the posture is the test's, not the readings'"));
            if (answer.status() != 202) {
                return;
            }
            String status = "AWAITING_APPROVAL".equals(answer.requestStatus()) ? answer.requestStatus()
                    : awaitDecision(answer.requestId(), DECIDED);
            if ("AWAITING_APPROVAL".equals(status)) {
                Entry approval = client.post(Kind.APPROVAL, checker,
                        "/api/approvals/" + answer.requestId() + "/approve", client.nextKey(), Map.of());
                if (approval.status() == 202) {
                    awaitDecision(approval.requestId(), CHECKED);
                }
            }
        } finally {
            journal.authorizationEnded();
        }
    }

    /**
     * Where a request answered 202 before it was decided ends up (for an approval: a checker's decision); recorded as
     * undecided if it never does.
     */
    private String awaitDecision(String requestId, Set<String> decided) {
        long deadline = System.nanoTime() + DECISION_PATIENCE.toNanos();
        String status = null;
        while (System.nanoTime() < deadline && !client.pastDeadline()) {
            Optional<LedgerClient.Response> view = client.get(maker, "/api/approvals/" + requestId);
            status = view.filter(response -> response.status() == 200)
                    .map(response -> response.body().path("status").asString()).orElse(null);
            boolean committed = view.flatMap(response -> response.body().at("/reserved/amount").stringValueOpt())
                    .map(reserved -> new BigDecimal(reserved).signum() == 0).orElse(false);
            if (decided.contains(status) && (!"AUTHORIZED".equals(status) || committed)) {
                return status;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        journal.undecided(requestId + " (last seen " + status + ")");
        return status;
    }

    private void recordSignal(String pilot, int round) {
        StabilizationDomain domain = StabilizationDomain.values()[random.nextInt(StabilizationDomain.values().length)];
        ReadinessLevel level = ReadinessLevel.values()[random.nextInt(ReadinessLevel.values().length)];
        String key = client.nextKey();
        client.post(Kind.SIGNAL, "owen", pilot + "/signals", key,
                signal(domain.name(), level.name(), "Gate review reading " + round + " " + Entry.mark(key)));
    }

    private BigDecimal thousands(int from, int to) {
        return BigDecimal.valueOf((from + random.nextInt(to - from + 1)) * 1000L).setScale(2);
    }
}
