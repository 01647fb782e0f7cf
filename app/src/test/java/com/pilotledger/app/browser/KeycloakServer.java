package com.pilotledger.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Keycloak (the server distribution -Pkeycloak unpacks into target/keycloak) in development mode on a free
 * port, with the repository's realm (deploy/keycloak/pilot-ledger-realm.json) imported afresh. Keycloak needs Java 21
 * or newer: KEYCLOAK_JAVA_HOME when set (.ci/run sets it), else the newest such JDK under /usr/lib/jvm. Anything
 * missing, or a server not ready in time, fails the suite with the reason; it never skips.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "pilot-ledger";
    private static final Duration READY_WITHIN = Duration.ofMinutes(5);
    private static final Path JVMS = Path.of("/usr/lib/jvm");
    private static final Path LOG = Path.of("target", "keycloak.log");

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static KeycloakServer start() {
        Path home = Path.of(required("keycloak.home"));
        Path realm = Path.of(required("keycloak.realm"));
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kc) || !Files.isRegularFile(realm)) {
            throw new IllegalStateException("No Keycloak at " + kc + " or no realm at " + realm
                    + ": run the suite with -Pkeycloak, which unpacks Keycloak from Maven Central");
        }
        Path javaHome = javaForKeycloak();
        try {
            // A fresh database each time: an import skips a realm that exists, so an old one would hide a changed file.
            deleteTree(home.resolve("data"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, home.resolve("data/import").resolve(realm.getFileName()));
            Files.createDirectories(LOG.getParent());
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(kc.toString(), "start-dev", "--http-port=" + port,
                    "--http-management-port=" + freePort(), "--import-realm")
                    .redirectErrorStream(true).redirectOutput(LOG.toFile());
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().remove("JAVA_OPTS");
            KeycloakServer server = new KeycloakServer(builder.start(), port);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long giveUp = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit " + process.exitValue()
                        + "); its log:\n" + tail());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Browser.pause(Duration.ofSeconds(1));
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + READY_WITHIN.toSeconds()
                + " s; its log:\n" + tail());
    }

    /** Stops Keycloak by its process (kc.sh runs the server in its own process) and whatever it started. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the suite with "
                    + "./mvnw -Pkeycloak verify (see .ci/run)");
        }
        return value;
    }

    /** KEYCLOAK_JAVA_HOME, else the newest JDK of version 21 or more under /usr/lib/jvm. */
    static Path javaForKeycloak() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            if (majorVersion(home).orElse(0) < 21) {
                throw new IllegalStateException("KEYCLOAK_JAVA_HOME=" + configured + " is not a JDK of version 21 "
                        + "or newer, which Keycloak needs");
            }
            return home;
        }
        try (Stream<Path> jvms = Files.isDirectory(JVMS) ? Files.list(JVMS) : Stream.empty()) {
            return jvms.filter(home -> majorVersion(home).orElse(0) >= 21)
                    .max(Comparator.comparing(home -> majorVersion(home).orElse(0)))
                    .orElseThrow(() -> new IllegalStateException("Keycloak needs Java 21 or newer, and there is "
                            + "none under " + JVMS + ": install one (apt-get install openjdk-21-jdk-headless; "
                            + ".ci/run does) or set KEYCLOAK_JAVA_HOME"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature version in a JDK's release file (JAVA_VERSION="25.0.1" is 25), when it has one and a java. */
    private static Optional<Integer> majorVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(LOG);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + LOG.toAbsolutePath() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
