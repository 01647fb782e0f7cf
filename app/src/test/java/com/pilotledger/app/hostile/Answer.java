package com.pilotledger.app.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpHeaders;
import java.util.Map;

/** The application's answer to one hostile request, or the failure to get one (status 0). */
record Answer(int status, HttpHeaders headers, String body, String failure) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Answer failed(Exception exception) {
        return new Answer(0, HttpHeaders.of(Map.of(), (name, value) -> true), "", exception.toString());
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** An RFC 9457 problem with the {@code type} and {@code code} every refusal of the API carries. */
    boolean isProblem() {
        if (!contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("type").isString() && !problem.path("type").asString().isBlank()
                    && problem.path("code").isString() && !problem.path("code").asString().isBlank();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /**
     * The request took effect: a 2xx from the API; from a page, a redirect onward (to the pilot), which is how a form
     * post succeeds. A page re-rendered with errors (200), or a redirect to sign in, is a refusal.
     */
    boolean accepted(HostileRequest request) {
        if (request.isApi()) {
            return status >= 200 && status < 300;
        }
        String location = header("Location");
        return status >= 300 && status < 400 && location != null && !location.contains("/login")
                && !location.contains("/error");
    }

    String summary() {
        if (status == 0) {
            return "no answer: " + failure;
        }
        String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        return status + " " + contentType() + (header("Location") == null ? "" : " Location: " + header("Location"))
                + (shown.isBlank() ? "" : " " + Printable.of(shown.replaceAll("\\s+", " ")));
    }
}
