package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.pilotledger.app.e2e.Amounts.exact;
import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL database, many executives authorizing different pilots at once, for
 * more capital than the budget holds: the pool is never over-committed, each refusal is a clear 409, and the capital
 * view adds up to the authorization events. Both instances run authorization processes and race for the capital.
 */
class CapitalConcurrencyPostgresTest extends TwoInstancesTest {

    private static final int PILOTS = 24;
    private static final BigDecimal BUDGET = new BigDecimal("1000000.00");
    private static final BigDecimal EACH = new BigDecimal("100000.00");

    @Override
    protected String[] settings() {
        return new String[] {"--pilot-ledger.capital.initial.budget=" + BUDGET,
                "--pilot-ledger.capital.initial.four-eyes-threshold=100000000.00"};
    }

    @Test
    void concurrentAuthorizationsThroughTwoInstancesNeverOverCommitTheBudget() throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < PILOTS; i++) {
            paths.add(first.client().post("pam", "/api/pilots",
                    registration("Pilot " + i, "Unit " + (i % 4), "owen", "500000.00")).header("Location"));
        }

        ExecutorService executives = Executors.newFixedThreadPool(12);
        List<Future<LedgerClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < PILOTS; i++) {
            LedgerClient client = (i % 2 == 0 ? first : second).client();
            String executive = i % 3 == 0 ? "ethan" : "eve";
            String path = paths.get(i);
            answers.add(executives.submit(() -> client.post(executive, path + "/authorizations",
                    authorization("CONTROLLED_INVESTMENT", EACH.toPlainString(), "Race for capital", "Test race"))));
        }
        List<LedgerClient.Response> responses = new ArrayList<>();
        for (Future<LedgerClient.Response> answer : answers) {
            responses.add(answer.get());
        }
        executives.shutdown();

        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(LedgerClient.Response::status, Collectors.counting()));
        assertThat(byStatus).as("statuses %s", byStatus).containsOnlyKeys(200, 409);
        assertThat(byStatus.get(200)).isEqualTo(BUDGET.divide(EACH).longValue());
        responses.stream().filter(response -> response.status() == 409).forEach(refusal -> {
            assertThat(refusal.body().at("/code").asString()).isEqualTo("INSUFFICIENT_CAPITAL");
            assertThat(refusal.body().at("/available").isMissingNode()).isFalse();
        });

        for (RunningLedger instance : List.of(first, second)) {
            JsonNode capital = instance.client().get("ada", "/api/capital").body();
            assertThat(exact(capital.at("/committed/amount"))).isEqualByComparingTo(BUDGET);
            assertThat(exact(capital.at("/reserved/amount"))).isEqualByComparingTo("0");
            assertThat(exact(capital.at("/available/amount"))).isEqualByComparingTo("0");
        }
        // The audit and the board are other views, whose segments the other instance may still be writing.
        assertThat(eventually(() -> sum(first.client().get("ada", "/api/audit?eventType=InvestmentAuthorized&size=500")
                .body().at("/entries").valueStream().map(entry -> entry.at("/payload/capital/amount").decimalValue()))))
                .isEqualByComparingTo(BUDGET);
        assertThat(eventually(() -> sum(second.client().get("ada", "/api/pilots?size=200").body().at("/rows")
                .valueStream().map(row -> exact(row.at("/capitalCommitted/amount")))))).isEqualByComparingTo(BUDGET);
    }

    /** Stored payloads hold amounts as the event store wrote them (numbers); the API's answers as exact strings. */
    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Polls (bounded) until the view reaches the budget; returns the last value seen either way. */
    private static BigDecimal eventually(Supplier<BigDecimal> view) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        BigDecimal value = view.get();
        while (value.compareTo(BUDGET) != 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            value = view.get();
        }
        return value;
    }
}
