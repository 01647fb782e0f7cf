package com.pilotledger.app.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.Optional;

/**
 * The Axon Server the {@code -Paxonserver} suite runs against ({@code -Daxonserver.address=host:8124}): every
 * application the suite starts stores its events there. A missing address or a server that does not answer fails
 * the test at once with one message; nothing is skipped.
 */
public final class AxonServerUnderTest {

    private static final int CONNECT_MILLIS = 3000;

    private AxonServerUnderTest() {
    }

    /** Whether this run is the Axon Server suite. */
    static boolean inUse() {
        return "axonserver".equals(System.getProperty("pilot-ledger.test.event-store"));
    }

    /** The server's host:port, checked to answer. */
    public static String address() {
        String address = Optional.ofNullable(System.getProperty("pilot-ledger.test.axonserver")).orElse("").trim();
        if (address.isEmpty() || address.startsWith("${") || !address.contains(":")) {
            throw new IllegalStateException("The Axon Server suite needs the server's gRPC address: run it with "
                    + "-Paxonserver -Daxonserver.address=host:8124 (got '" + address + "')");
        }
        String host = address.substring(0, address.lastIndexOf(':'));
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
        } catch (IOException e) {
            throw new IllegalStateException("No Axon Server answers at " + address + " (" + e.getMessage()
                    + "): the Axon Server suite runs only against a running server; start one (docs/operations.md, "
                    + "\"Axon Server\") or correct -Daxonserver.address", e);
        }
        return address;
    }

    /**
     * Spring properties that store the application's events in the server and route its commands through it, without
     * the sealed log, which is not kept there (the suite leaves out the tests tagged {@code sealed-log}).
     */
    static Map<String, Object> properties() {
        return Map.of("axon.axonserver.enabled", "true", "axon.axonserver.servers", address(),
                "pilot-ledger.integrity.sealed-log", "false");
    }
}
