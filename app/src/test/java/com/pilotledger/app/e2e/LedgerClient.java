package com.pilotledger.app.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A real HTTP client for the running application, signing in as one of the demo users. */
final class LedgerClient {

    static final String PASSWORD = "pilot-ledger";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;

    LedgerClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    Response get(String user, String path) {
        return get(user, path, Map.of());
    }

    Response get(String user, String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(user, path).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A GET whose answer is kept as bytes (a zip), with its status and headers. */
    Download download(String user, String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(user, path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response post(String user, String path, Object body) {
        return post(user, path, body, Map.of());
    }

    Response post(String user, String path, Object body, Map<String, String> headers) {
        return withBody("POST", user, path, body, headers);
    }

    Response put(String user, String path, Object body) {
        return put(user, path, body, Map.of());
    }

    Response put(String user, String path, Object body, Map<String, String> headers) {
        return withBody("PUT", user, path, body, headers);
    }

    Response delete(String user, String path) {
        return delete(user, path, Map.of());
    }

    Response delete(String user, String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(user, path).DELETE();
        headers.forEach(request::header);
        return send(request.build());
    }

    private Response withBody(String method, String user, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(user, path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(
                        body instanceof String text ? text : json.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
            boolean isJson = type.equals("application/json") || type.endsWith("+json");
            JsonNode body = isJson && !response.body().isEmpty() ? json.readTree(response.body()) : json.missingNode();
            return new Response(response.statusCode(), response.headers().map(), body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer kept as bytes. */
    record Download(int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** One HTTP answer: status, headers, the body as JSON and as text. */
    record Response(int status, Map<String, List<String>> headers, JsonNode body, String text) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
