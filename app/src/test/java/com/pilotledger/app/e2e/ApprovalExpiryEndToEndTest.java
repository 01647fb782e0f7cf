package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request nobody decides expires through the persisted deadline (db-scheduler), and its reservation goes back to
 * the pool. This application starts with an approval window of two seconds.
 */
class ApprovalExpiryEndToEndTest extends EndToEndTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--pilot-ledger.capital.initial.approval-window=2s",
                "--pilot-ledger.deadlines.polling-interval=200ms"};
    }

    @Test
    void anUndecidedRequestExpiresAndReleasesItsReservation() {
        String path = client.post("pam", "/api/pilots", registration("Store labor scheduling", "Store operations",
                "owen", "900000.00")).header("Location");
        LedgerClient.Response request = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "800000.00", "Twenty stores", "Overtime costs"));
        assertThat(request.status()).isEqualTo(202);
        String approval = request.header("Location");
        assertThat(client.get("ada", "/api/capital").body().at("/reserved/amount").decimalValue())
                .isEqualByComparingTo("800000");

        JsonNode expired = within(Duration.ofSeconds(30), () -> {
            JsonNode state = client.get("ada", approval).body();
            return "EXPIRED".equals(state.at("/status").asString()) ? state : null;
        });

        assertThat(expired.at("/reserved/amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(client.get("ada", "/api/capital").body().at("/reserved/amount").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(client.get("ethan", "/api/approvals").body().at("/requests").isEmpty()).isTrue();
        assertThat(client.post("ethan", approval + "/approve", "").body().at("/code").asString())
                .isEqualTo("REQUEST_NOT_PENDING");
        assertThat(client.get("ada", path + "/history?size=50").body().toString())
                .contains("CapitalRequestExpired", "InvestmentRequestClosed");
    }
}
