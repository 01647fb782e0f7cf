package com.pilotledger.app.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver inside the test (the JDK's HTTP server): it keeps every request it got, per path, and answers
 * 200, or 500 to the first few tries of each delivery on a path told to fail.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: its path, the headers the ledger sets, the body as text, what it was answered. */
    record Received(String path, String deliveryId, String kind, String signature, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> failuresByPath = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> triesByDelivery = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of a path on this receiver. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Each delivery to this path is answered 500 that many times before it is taken. */
    void failFirst(String path, int tries) {
        failuresByPath.put(path, tries);
    }

    List<Received> at(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String deliveryId = exchange.getRequestHeaders().getFirst("Pilot-Ledger-Delivery");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int tries = triesByDelivery.computeIfAbsent(path + " " + deliveryId, any -> new AtomicInteger())
                .incrementAndGet();
        int status = tries <= failuresByPath.getOrDefault(path, 0) ? 500 : 200;
        received.add(new Received(path, deliveryId, exchange.getRequestHeaders().getFirst("Pilot-Ledger-Kind"),
                exchange.getRequestHeaders().getFirst("Pilot-Ledger-Signature"), body, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
