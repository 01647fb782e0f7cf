package com.pilotledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The application's HTTP API as a client sees it: JSON over HTTP/1.1 with Basic authentication (demo users), at one
 * instance. It counts the calls that instance answered, to show how a load was spread over several.
 */
final class LedgerHttp {

    private static final String PASSWORD = "pilot-ledger";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final LongAdder answered = new LongAdder();

    LedgerHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One client per port, for loads spread over several instances. */
    static List<LedgerHttp> at(List<Integer> ports) {
        return ports.stream().map(LedgerHttp::new).toList();
    }

    String base() {
        return base;
    }

    /** Calls answered with a success. */
    long answered() {
        return answered.sum();
    }

    void post(String path, Object body, String user) throws IOException, InterruptedException {
        send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build());
    }

    /** The answer's body. */
    String get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build());
    }

    private HttpRequest.Builder request(String path, String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials);
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() >= 300) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + body);
        }
        answered.increment();
        return body;
    }
}
