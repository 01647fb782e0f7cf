package com.pilotledger.app.e2e;

import com.pilotledger.app.idempotency.IdempotencyProperties;
import com.pilotledger.app.idempotency.IdempotencyRecords;
import com.pilotledger.app.idempotency.IdempotentRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.amount;
import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Idempotency-Key over HTTP: a key is the user's on one endpoint; the same request gets the first answer again and
 * takes effect once; another request with the key is refused; a duplicate of a request still running is refused; a
 * claim left by a crashed instance lapses. Every write endpoint honours it, decision rights and approvals included.
 */
class IdempotencyEndToEndTest extends EndToEndTest {

    @Test
    void theSameKeyAndRequestGetTheFirstAnswerAgainAndTakeEffectOnce() {
        Map<String, String> key = key("register-chatbot-1");
        long before = ledger.eventCount();
        LedgerClient.Response first = client.post("pam", "/api/pilots",
                registration("Service chatbot", "Customer service", "owen", "150000.00"), key);
        LedgerClient.Response retry = client.post("pam", "/api/pilots",
                registration("Service chatbot", "Customer service", "owen", "150000.00"), key);
        assertThat(first.status()).isEqualTo(201);
        assertAnsweredAlike(retry, first);
        assertThat(ledger.eventCount()).as("PilotRegistered, owen its owner and its first recommendation, once")
                .isEqualTo(before + 3);

        String path = first.header("Location");
        Map<String, String> signalKey = key("chatbot-signal-1");
        LedgerClient.Response signalled = client.post("owen", path + "/signals",
                signal("PORTFOLIO_COORDINATION", "STABILIZING", "Queue agreed"), signalKey);
        long afterSignal = ledger.eventCount();
        client.post("owen", path + "/signals", signal("OPERATIONAL_RESILIENCE", "STABILIZING", "Runbook written"));
        LedgerClient.Response signalRetry = client.post("owen", path + "/signals",
                signal("PORTFOLIO_COORDINATION", "STABILIZING", "Queue agreed"), signalKey);
        assertThat(signalled.status()).isEqualTo(200);
        assertAnsweredAlike(signalRetry, signalled);
        assertThat(signalRetry.body().at("/summary/readings/OPERATIONAL_RESILIENCE").isMissingNode())
                .as("the first answer, not the pilot as it is now").isTrue();
        assertThat(ledger.eventCount()).as("only the signal sent without a key was added").isEqualTo(afterSignal + 1);

        LedgerClient.Response quoted = client.post("owen", path + "/signals",
                signal("PORTFOLIO_COORDINATION", "STABILIZING", "Queue agreed"), key("\"chatbot-signal-1\""));
        assertThat(quoted.text()).as("the draft's quoted form names the same key").isEqualTo(signalled.text());
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndAppendsNothing() {
        String path = registered("Returns fraud");
        Map<String, String> key = key("fraud-signal-1");
        assertThat(client.post("owen", path + "/signals", signal("OPERATIONAL_OWNERSHIP", "STABILIZING", "Rota drafted"),
                key).status()).isEqualTo(200);
        long before = ledger.eventCount();

        LedgerClient.Response reused = client.post("owen", path + "/signals",
                signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Rota staffed"), key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.body().at("/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(reused.body().at("/idempotencyKey").asString()).isEqualTo("fraud-signal-1");
        assertThat(ledger.eventCount()).isEqualTo(before);
        assertThat(client.get("owen", path).body().at("/summary/readings/OPERATIONAL_OWNERSHIP").asString())
                .isEqualTo("STABILIZING");
    }

    @Test
    void aKeyIsTheUsersOnOneEndpointOnly() {
        String path = registered("Shelf monitoring");
        String other = registered("Invoice matching");
        Map<String, String> key = key("shared-key-1");

        assertThat(client.post("owen", path + "/signals", signal("OPERATIONAL_OWNERSHIP", "STABILIZING", "Rota drafted"),
                key).status()).isEqualTo(200);
        assertThat(client.post("pam", path + "/signals", signal("OPERATIONAL_OWNERSHIP", "STABILIZING", "Rota drafted"),
                key).status()).as("the same request by another user is another user's key").isEqualTo(200);
        assertThat(client.post("owen", other + "/signals", signal("OPERATIONAL_OWNERSHIP", "STABILIZING", "Rota drafted"),
                key).status()).as("the same key on another pilot's endpoint").isEqualTo(200);
        assertThat(events(path, "SignalRecorded")).isEqualTo(2);
        assertThat(events(other, "SignalRecorded")).isEqualTo(1);

        LedgerClient.Response paused = client.post("pam", path + "/pause", reason("Ownership unclear"), key);
        assertThat(paused.status()).as("a signal's key does not swallow someone else's pause").isEqualTo(200);
        assertThat(paused.body().at("/decisions/0/kind").asString()).isEqualTo("PAUSE");
        assertThat(paused.body().at("/decisions/0/decidedBy").asString()).isEqualTo("pam");
        LedgerClient.Response killed = client.post("eve", path + "/kill", reason("No owner in sight"), key);
        assertThat(killed.status()).as("nor an executive's kill").isEqualTo(200);
        assertThat(client.get("ada", path).body().at("/summary/status").asString()).isEqualTo("KILLED");
    }

    @Test
    void aDuplicateOfARequestStillRunningIsAConflict() {
        String path = registered("Markdown pricing");
        String body = "{\"reason\":\"Cost visibility weak\"}";
        claim("pam", "POST", path + "/pause", "pause-in-flight", body, clock().instant());
        long before = ledger.eventCount();

        LedgerClient.Response duplicate = client.post("pam", path + "/pause", body, key("pause-in-flight"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().at("/code").asString()).isEqualTo("IDEMPOTENCY_KEY_IN_FLIGHT");
        LedgerClient.Response different = client.post("pam", path + "/pause", "{\"reason\":\"Other\"}",
                key("pause-in-flight"));
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.body().at("/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(ledger.eventCount()).isEqualTo(before);
        assertThat(client.get("ada", path).body().at("/summary/status").asString()).isNotEqualTo("PAUSED");
    }

    @Test
    void aClaimLeftByACrashedInstanceLapsesAndTheRetryRuns() {
        String path = registered("Demand forecasting");
        String body = "{\"reason\":\"Approval authority unclear\"}";
        Instant crashed = clock().instant().minus(ledger.bean(IdempotencyProperties.class).lease().multipliedBy(2));
        claim("pam", "POST", path + "/pause", "pause-after-crash", body, crashed);
        long before = ledger.eventCount();

        LedgerClient.Response retry = client.post("pam", path + "/pause", body, key("pause-after-crash"));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().at("/summary/status").asString()).isEqualTo("PAUSED");
        assertThat(events(path, "PilotPaused")).isEqualTo(1);
        long after = ledger.eventCount();
        assertThat(after).isGreaterThan(before);
        assertAnsweredAlike(client.post("pam", path + "/pause", body, key("pause-after-crash")), retry);
        assertThat(ledger.eventCount()).isEqualTo(after);
    }

    @Test
    void aForgottenAnswerLeavesThePilotsOwnMemoryToTakeTheRetryOnce() {
        String path = registered("Product copy");
        Map<String, String> key = key("copy-signal-1");
        client.post("owen", path + "/signals", signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Content team"), key);
        long before = ledger.eventCount();
        IdempotencyProperties properties = ledger.bean(IdempotencyProperties.class);
        assertThat(ledger.bean(IdempotencyRecords.class).forgetExpired(
                clock().instant().plus(properties.retention()).plusSeconds(1))).isPositive();

        LedgerClient.Response retry = client.post("owen", path + "/signals",
                signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Content team"), key);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(ledger.eventCount()).as("the pilot recognised the retry").isEqualTo(before);
    }

    @Test
    void refusalsAreAnsweredAgainButAConflictIsDecidedAgain() {
        String path = registered("Visual search");
        Map<String, String> authorizeKey = key("search-authorize-1");
        LedgerClient.Response unjustified = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "100000.00", "Pilot stores", null), authorizeKey);
        assertThat(unjustified.status()).isEqualTo(422);
        assertThat(unjustified.body().at("/code").asString()).isEqualTo("OVERRIDE_JUSTIFICATION_REQUIRED");
        assertAnsweredAlike(client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "100000.00", "Pilot stores", null), authorizeKey), unjustified);

        client.post("pam", path + "/pause", reason("Hold"));
        Map<String, String> pauseKey = key("search-pause-1");
        LedgerClient.Response alreadyPaused = client.post("pam", path + "/pause", reason("Hold again"), pauseKey);
        assertThat(alreadyPaused.status()).isEqualTo(409);
        assertThat(alreadyPaused.body().at("/code").asString()).isEqualTo("PILOT_ALREADY_PAUSED");
        assertThat(client.post("eve", path + "/authorizations", authorization("CONTROLLED_INVESTMENT", "100000.00",
                "Pilot stores", "Board priority")).status()).isEqualTo(200);
        LedgerClient.Response pausedNow = client.post("pam", path + "/pause", reason("Hold again"), pauseKey);
        assertThat(pausedNow.status()).as("a 409 describes a moment; the retry decides again").isEqualTo(200);
        assertThat(client.get("ada", path).body().at("/summary/status").asString()).isEqualTo("PAUSED");
    }

    @Test
    void decisionRightsHonourTheKey() {
        Map<String, String> key = key("budget-2027");
        LedgerClient.Response set = client.put("alex", "/api/capital/budget", amount("6000000.00", "FY27 plan"), key);
        assertThat(set.status()).isEqualTo(200);
        assertThat(client.put("alex", "/api/capital/budget", amount("6500000.00", "FY27 revised")).status())
                .isEqualTo(200);
        long before = ledger.eventCount();
        assertAnsweredAlike(client.put("alex", "/api/capital/budget", amount("6000000.00", "FY27 plan"), key), set);
        assertThat(new BigDecimal(client.get("ada", "/api/decision-rights").body().at("/budget/amount").asString()))
                .as("the retry was answered, not run again over the later change").isEqualByComparingTo("6500000");
        LedgerClient.Response other = client.put("alex", "/api/capital/budget", amount("7000000.00", "FY27 plan"), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().at("/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        Map<String, String> limitKey = key("ada-limit-1");
        assertThat(client.put("alex", "/api/decision-rights/limits/users/ada", amount("10000.00", "Spot checks"),
                limitKey).status()).isEqualTo(200);
        assertThat(client.put("alex", "/api/decision-rights/limits/users/ada", amount("10000.00", "Spot checks"),
                limitKey).status()).isEqualTo(200);
        Map<String, String> removeKey = key("ada-limit-removed-1");
        LedgerClient.Response removed = client.delete("alex",
                "/api/decision-rights/limits/users/ada?reason=Audit%20only", removeKey);
        assertThat(removed.status()).isEqualTo(200);
        assertAnsweredAlike(client.delete("alex", "/api/decision-rights/limits/users/ada?reason=Audit%20only",
                removeKey), removed);
        assertThat(client.delete("alex", "/api/decision-rights/limits/users/ada?reason=Other", removeKey).status())
                .as("the parameters are part of the request").isEqualTo(422);
        assertThat(ledger.eventCount()).as("the limit set and removed, once each").isEqualTo(before + 2);
    }

    @Test
    void approvalsHonourTheKey() {
        String path = registered("Store layout");
        LedgerClient.Response request = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "1200000.00", "Forty stores", "Board priority"),
                key("layout-authorize-1"));
        assertThat(request.status()).isEqualTo(202);
        assertAnsweredAlike(client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "1200000.00", "Forty stores", "Board priority"),
                key("layout-authorize-1")), request);
        String approval = request.header("Location");

        Map<String, String> key = key("layout-approve-1");
        LedgerClient.Response approved = client.post("ethan", approval + "/approve", "", key);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().at("/status").asString()).isEqualTo("AUTHORIZED");
        long before = ledger.eventCount();
        assertAnsweredAlike(client.post("ethan", approval + "/approve", "", key), approved);
        assertThat(client.post("ethan", approval + "/reject", reason("Changed my mind"), key).status())
                .as("another endpoint: the key is new there, and the request is no longer pending").isEqualTo(409);
        assertThat(ledger.eventCount()).isEqualTo(before);
    }

    @Test
    void aMalformedKeyIsABadRequestNamingTheHeader() {
        String path = registered("Route planning");
        long before = ledger.eventCount();
        LedgerClient.Response malformed = client.post("owen", path + "/signals",
                signal("OPERATIONAL_OWNERSHIP", "STABILIZING", "Rota drafted"), key("not a key!"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().at("/code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(malformed.body().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
        assertThat(ledger.eventCount()).isEqualTo(before);
    }

    @Test
    void theApiDocumentDescribesTheKeyOnEveryWrite() {
        JsonNode paths = client.get(null, "/v3/api-docs").body().at("/paths");
        List<String> writes = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().stream()
                .filter(operation -> List.of("post", "put", "patch", "delete").contains(operation.getKey()))
                .forEach(operation -> {
                    writes.add(operation.getKey() + " " + path.getKey());
                    JsonNode header = null;
                    for (JsonNode parameter : operation.getValue().at("/parameters")) {
                        if (parameter.at("/name").asString().equals("Idempotency-Key")) {
                            header = parameter;
                        }
                    }
                    assertThat(header).as(operation.getKey() + " " + path.getKey()).isNotNull();
                    assertThat(header.at("/in").asString()).isEqualTo("header");
                    assertThat(header.at("/description").asString())
                            .contains("IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_KEY_IN_FLIGHT");
                }));
        assertThat(writes).contains("post /api/pilots", "put /api/capital/budget",
                "delete /api/decision-rights/limits/users/{username}", "post /api/approvals/{requestId}/approve");
    }

    private String registered(String name) {
        return client.post("pam", "/api/pilots", registration(name, "Operations", "owen", "2000000.00"))
                .header("Location");
    }

    /** A claim as an instance makes it when a request arrives, here without its request ever being answered. */
    private void claim(String user, String method, String path, String key, String body, Instant at) {
        IdempotentRequest request = IdempotentRequest.of(user, method, path, key, Map.of(),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(ledger.bean(IdempotencyRecords.class).claim(request, at))
                .isInstanceOf(IdempotencyRecords.Claimed.class);
    }

    /** Events of one type in one pilot's stream. */
    private long events(String pilotPath, String type) {
        return ledger.jdbc().queryForObject("SELECT COUNT(*) FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND payload_type LIKE ?", Long.class,
                pilotPath.substring(pilotPath.lastIndexOf('/') + 1), "%." + type);
    }

    private Clock clock() {
        return ledger.bean(Clock.class);
    }

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private static void assertAnsweredAlike(LedgerClient.Response retry, LedgerClient.Response first) {
        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(retry.text()).isEqualTo(first.text());
    }
}
