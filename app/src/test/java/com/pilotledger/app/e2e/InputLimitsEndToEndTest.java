package com.pilotledger.app.e2e;

import com.pilotledger.api.input.FieldLimits;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.money;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storage holds whatever input accepts: every text at its maximum length (in characters PostgreSQL stores as two
 * bytes) goes through the board, the pilot and the audit views, and the projections keep up afterwards. And the
 * request classes that answered 500 before answer with a problem body.
 */
class InputLimitsEndToEndTest extends EndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void textsAtTheirMaximumLengthGoThroughEveryViewWithoutStallingTheProjections() {
        Map<String, Object> registration = new HashMap<>(registration("n", "b", "o", "100000.00"));
        for (String field : new String[]{"name", "businessUnit", "sponsor", "operationalOwner"}) {
            registration.put(field, text(field, FieldLimits.NAME));
        }
        registration.put("problemStatement", text("problem", FieldLimits.WRITTEN_TEXT));
        registration.put("baselineMetric", text("baseline", FieldLimits.METRIC_DESCRIPTION));
        registration.put("targetMetric", text("target", FieldLimits.METRIC_DESCRIPTION));
        registration.put("killCriteria", text("kill", FieldLimits.WRITTEN_TEXT));
        LedgerClient.Response registered = client.post("pam", "/api/pilots", registration);
        assertThat(registered.status()).isEqualTo(201);
        String path = registered.header("Location");

        LedgerClient.Response signal = client.post("owen", path + "/signals", Map.of(
                "domain", "OPERATIONAL_OWNERSHIP", "level", "STABILIZING",
                "evidence", text("evidence\n", FieldLimits.WRITTEN_TEXT), "source", text("source", FieldLimits.SOURCE),
                "observedAt", "1970-01-01T00:00:00Z", "metric", Map.of("name", text("metric", FieldLimits.NAME),
                        "value", "999999999999999.9999", "unit", text("unit", FieldLimits.UNIT))));
        assertThat(signal.status()).isEqualTo(200);
        assertThat(signal.body().at("/readings/0/evidence").asString()).hasSize(FieldLimits.WRITTEN_TEXT);

        LedgerClient.Response authorized = client.post("eve", path + "/authorizations", Map.of(
                "posture", "CONTROLLED_INVESTMENT", "capital", money("100000.00"),
                "scope", text("scope", FieldLimits.WRITTEN_TEXT), "conditions", text("cond", FieldLimits.WRITTEN_TEXT),
                "rationale", text("rationale", FieldLimits.WRITTEN_TEXT),
                "overrideJustification", text("justification", FieldLimits.WRITTEN_TEXT)));
        assertThat(authorized.status()).isEqualTo(200);
        assertThat(authorized.body().at("/decisions/0/overrideJustification").asString())
                .hasSize(FieldLimits.WRITTEN_TEXT);

        LedgerClient.Response waiting = client.post("eve", path + "/authorizations", Map.of(
                "posture", "CONTROLLED_INVESTMENT", "capital", money("600000.00"), "scope", "All stores",
                "rationale", "Scale up", "overrideJustification", "Board mandate"));
        assertThat(waiting.status()).isEqualTo(202);
        String reasonAtLimit = text("reject", FieldLimits.WRITTEN_TEXT);
        LedgerClient.Response rejected = client.post("ethan", waiting.header("Location") + "/reject",
                reason(reasonAtLimit));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().at("/reason").asString()).endsWith(reasonAtLimit);

        assertThat(client.post("pam", path + "/pause", reason(text("pause", FieldLimits.WRITTEN_TEXT))).status())
                .isEqualTo(200);
        LedgerClient.Response killed = client.post("pam", path + "/kill", reason(text("kill", FieldLimits.WRITTEN_TEXT)));
        assertThat(killed.status()).isEqualTo(200);
        assertThat(killed.body().at("/summary/name").asString()).hasSize(FieldLimits.NAME);
        assertThat(killed.body().at("/summary/status").asString()).isEqualTo("KILLED");
        assertThat(killed.body().at("/killCriteria").asString()).hasSize(FieldLimits.WRITTEN_TEXT);

        JsonNode history = client.get("ada", path + "/history?size=500").body();
        assertThat(history.at("/entries").size()).isGreaterThanOrEqualTo(8);
        for (JsonNode entry : history.at("/entries")) {
            assertThat(entry.at("/summary").asString().length()).isLessThanOrEqualTo(2000);
        }
        assertThat(history.at("/entries").findValuesAsString("eventType")).contains("PilotKilled", "CapitalRequestRejected");
        assertThat(history.toString()).contains(reasonAtLimit);

        // The views still follow: a new pilot is answered with its view (201), not left behind (202).
        LedgerClient.Response next = client.post("pam", "/api/pilots", registration("Next", "Ops", "owen", "1000.00"));
        assertThat(next.status()).isEqualTo(201);
        assertThat(client.get("ada", "/api/pilots?size=200").body().at("/totalPilots").asLong()).isEqualTo(2);
    }

    @Test
    void thePilotIdOfTheCapitalIsNoPilot() {
        long events = ledger.eventCount();
        LedgerClient.Response signal = client.post("owen", "/api/pilots/portfolio/signals",
                Map.of("domain", "OPERATIONAL_OWNERSHIP", "level", "STABILIZING", "evidence", "e"));
        assertThat(signal.status()).isEqualTo(404);
        assertThat(signal.body().at("/code").asString()).isEqualTo("PILOT_NOT_FOUND");
        assertThat(ledger.eventCount()).isEqualTo(events);
    }

    @Test
    void requestsThatAnswered500AreProblemsOrPagesNow() throws Exception {
        assertProblem(send("POST", "/api/pilots", "pam", "*/*", "{}"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(send("POST", "/api/pilots", "pam", "application/*", "{}"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(send("GET", "/api/nowhere", "ada", null, null), 404, "NOT_FOUND");
        assertProblem(send("GET", "/api/pilots/x/signals", "ada", null, null), 405, "METHOD_NOT_ALLOWED");
        assertProblem(send("GET", "/api/pilots;x=1", "ada", null, null), 400, "REQUEST_REJECTED");
        assertProblem(send("PUT", "/api/pilots", null, "application/x-www-form-urlencoded", "a=%zz"), 401,
                "UNAUTHENTICATED");
        for (String method : new String[]{"PUT", "DELETE", "PATCH"}) {
            assertThat(send(method, "/pilots", null, "application/x-www-form-urlencoded", "a=%zz&b=%").statusCode())
                    .isBetween(300, 499);
        }
        HttpResponse<String> error = send("GET", "/error", null, null, null);
        assertThat(error.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String path, String user, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + ledger.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + LedgerClient.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"" + code + "\"")
                .contains("\"type\":\"urn:pilot-ledger:problem:");
    }

    /** A text of exactly {@code length} characters, mostly "é" (two bytes in UTF-8, one character in a column). */
    private static String text(String start, int length) {
        return (start + "é".repeat(length)).substring(0, length);
    }
}
