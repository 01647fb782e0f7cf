package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;

import static com.pilotledger.app.e2e.Amounts.exact;
import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision rules over HTTP, with the demo configuration (budget 5,000,000; portfolio managers up to 250,000,
 * executives up to 2,000,000; a second approval above 500,000): a pause closes the request still being decided,
 * superseding an authorization needs authority for the larger amount, and requested capital is positive.
 */
class DecisionRulesEndToEndTest extends EndToEndTest {

    @Test
    void aPauseClosesTheRequestWaitingForApprovalAndItsReservationGoesBackToThePool() {
        String path = registered("Assortment planning");
        BigDecimal reservedBefore = capital("/reserved/amount");
        String approval = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "1200000.00", "Two regions", "Board priority")).header("Location");
        assertThat(capital("/reserved/amount")).isEqualByComparingTo(reservedBefore.add(new BigDecimal("1200000")));

        assertThat(client.post("pam", path + "/pause", reason("Ownership unsettled")).status()).isEqualTo(200);

        JsonNode request = client.get("ada", approval).body();
        assertThat(request.at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(exact(request.at("/reserved/amount"))).isEqualByComparingTo("0");
        assertThat(capital("/reserved/amount")).isEqualByComparingTo(reservedBefore);
        LedgerClient.Response lateApproval = client.post("ethan", approval + "/approve", "");
        assertThat(lateApproval.status()).isEqualTo(409);
        assertThat(lateApproval.body().at("/code").asString()).isEqualTo("REQUEST_NOT_PENDING");
        JsonNode pilot = client.get("ada", path).body().at("/summary");
        assertThat(pilot.at("/authorizedPosture").asString()).isEqualTo("PAUSE");
        assertThat(exact(pilot.at("/capitalCommitted/amount"))).isEqualByComparingTo("0");
    }

    @Test
    void replacingAnAuthorizationNeedsAuthorityAndFourEyesForTheLargerOfTheTwoAmounts() {
        String path = registered("Dynamic replenishment");
        String first = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "1400000.00", "All stores", "Board priority")).header("Location");
        assertThat(client.post("ethan", first + "/approve", "").body().at("/status").asString()).isEqualTo("AUTHORIZED");

        long events = ledger.eventCount();
        LedgerClient.Response alone = client.post("pam", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "1000.00", "Tiny scope", "Budget squeeze"));
        assertThat(alone.status()).isEqualTo(422);
        assertThat(alone.body().at("/code").asString()).isEqualTo("AUTHORITY_LIMIT_EXCEEDED");
        assertThat(new BigDecimal(alone.body().at("/requiredLimit").asString())).isEqualByComparingTo("1400000");
        assertThat(new BigDecimal(alone.body().at("/limit").asString())).isEqualByComparingTo("250000");
        assertThat(ledger.eventCount()).isEqualTo(events + 2); // the request and its closing, no authorization

        LedgerClient.Response cut = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "1000.00", "Tiny scope", "Budget squeeze"));
        assertThat(cut.status()).isEqualTo(202);
        assertThat(cut.body().at("/status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(client.post("ethan", cut.header("Location") + "/approve", "").body().at("/status").asString())
                .isEqualTo("AUTHORIZED");
        assertThat(exact(client.get("ada", path).body().at("/summary/capitalCommitted/amount")))
                .isEqualByComparingTo("1000");
    }

    @Test
    void aPilotAskingForNoCapitalOrLessIsRefusedWithACodeAndRecordsNothing() {
        long events = ledger.eventCount();
        for (String amount : new String[] {"0.00", "-250000.00"}) {
            LedgerClient.Response refused = client.post("pam", "/api/pilots",
                    registration("Negative pilot", "Finance", "owen", amount));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body().at("/code").asString()).isEqualTo("CAPITAL_NOT_POSITIVE");
        }
        assertThat(ledger.eventCount()).isEqualTo(events);
    }

    private String registered(String name) {
        return client.post("pam", "/api/pilots", registration(name, "Merchandising", "owen", "2000000.00"))
                .header("Location");
    }

    private BigDecimal capital(String pointer) {
        return exact(client.get("ada", "/api/capital").body().at(pointer));
    }
}
