package com.pilotledger.app.e2e;

import com.pilotledger.app.integrity.EventSealer;
import com.pilotledger.app.integrity.IntegrityCheck;
import com.pilotledger.app.integrity.LedgerVerification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances seal one store while both take commands: the chain never forks (one seal per position and per event),
 * every event is sealed once, and the whole log verifies, from either instance.
 */
class SealingAcrossInstancesPostgresTest extends TwoInstancesTest {

    private static final int CLIENTS = 8;
    private static final int SIGNALS_PER_CLIENT = 40;

    @Override
    protected String[] settings() {
        // Sealing rounds as often as they can come, to make the two sealers meet.
        return new String[] {"--pilot-ledger.integrity.seal-interval=1ms", "--pilot-ledger.integrity.checkpoint-events=50"};
    }

    @Test
    void twoSealersRacingOnOneStoreKeepOneChain() throws Exception {
        List<String> pilots = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            pilots.add((i % 2 == 0 ? first : second).client().post("pam", "/api/pilots",
                    registration("Sealed pilot " + i, "Operations", "owen", "100000.00")).header("Location"));
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> failures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            LedgerClient client = (i % 2 == 0 ? first : second).client();
            String pilot = pilots.get(i);
            failures.add(clients.submit(() -> {
                int failed = 0;
                for (int n = 0; n < SIGNALS_PER_CLIENT; n++) {
                    String level = n % 2 == 0 ? "STABILIZING" : "ESTABLISHED";
                    if (client.post("owen", pilot + "/signals", signal("OPERATIONAL_OWNERSHIP", level,
                            "Reading " + n)).status() != 200) {
                        failed++;
                    }
                }
                return failed;
            }));
        }
        for (Future<Integer> failed : failures) {
            assertThat(failed.get()).isZero();
        }
        clients.shutdown();

        first.bean(EventSealer.class).sealNow();
        second.bean(EventSealer.class).sealNow();
        long events = first.eventCount();
        assertThat(first.jdbc().queryForObject("SELECT COUNT(*) FROM event_seal", Long.class)).isEqualTo(events);
        assertThat(first.jdbc().queryForObject("SELECT MAX(chain_position) FROM event_seal", Long.class))
                .isEqualTo(events);
        assertThat(first.jdbc().queryForObject("SELECT COUNT(DISTINCT global_index) FROM event_seal", Long.class))
                .isEqualTo(events);
        for (RunningLedger instance : List.of(first, second)) {
            IntegrityCheck check = instance.bean(LedgerVerification.class).verifyNow();
            assertThat(check.passed()).as(check.report() == null ? check.failure() : check.report().toText())
                    .isTrue();
            assertThat(check.report().events()).isEqualTo(events);
        }
    }
}
