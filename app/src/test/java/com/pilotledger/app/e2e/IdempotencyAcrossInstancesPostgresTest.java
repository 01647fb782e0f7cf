package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database share the Idempotency-Key records: a retry sent to the other instance gets
 * the first answer, and the same request sent to both at once takes effect once.
 */
class IdempotencyAcrossInstancesPostgresTest extends TwoInstancesTest {

    private static final int DUPLICATES = 8;

    @Test
    void aRetryThroughTheOtherInstanceGetsTheFirstAnswer() {
        Map<String, String> key = Map.of("Idempotency-Key", "across-register-1");
        LedgerClient.Response registered = first.client().post("pam", "/api/pilots",
                registration("Service chatbot", "Customer service", "owen", "150000.00"), key);
        long events = first.eventCount();
        LedgerClient.Response retry = second.client().post("pam", "/api/pilots",
                registration("Service chatbot", "Customer service", "owen", "150000.00"), key);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(registered.header("Location"));
        assertThat(retry.text()).isEqualTo(registered.text());
        assertThat(second.eventCount()).isEqualTo(events);
    }

    @Test
    void theSameRequestSentToBothInstancesAtOnceTakesEffectOnce() throws Exception {
        String path = first.client().post("pam", "/api/pilots",
                registration("Returns fraud", "Loss prevention", "owen", "300000.00")).header("Location");
        Map<String, String> key = Map.of("Idempotency-Key", "across-signal-1");
        ExecutorService clients = Executors.newFixedThreadPool(DUPLICATES);
        List<Future<LedgerClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < DUPLICATES; i++) {
            LedgerClient client = (i % 2 == 0 ? first : second).client();
            answers.add(clients.submit(() -> client.post("owen", path + "/signals",
                    signal("OPERATIONAL_OWNERSHIP", "STABILIZING", "Rota drafted"), key)));
        }
        List<LedgerClient.Response> responses = new ArrayList<>();
        for (Future<LedgerClient.Response> answer : answers) {
            responses.add(answer.get());
        }
        clients.shutdown();

        List<LedgerClient.Response> answered = responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(answered).isNotEmpty();
        assertThat(answered).allSatisfy(r -> assertThat(r.text()).isEqualTo(answered.get(0).text()));
        assertThat(responses).allSatisfy(r -> assertThat(r.status() == 200
                || r.body().at("/code").asString().equals("IDEMPOTENCY_KEY_IN_FLIGHT")).isTrue());
        assertThat(first.jdbc().queryForObject("SELECT COUNT(*) FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%.SignalRecorded'", Long.class,
                path.substring(path.lastIndexOf('/') + 1))).isEqualTo(1);
    }
}
