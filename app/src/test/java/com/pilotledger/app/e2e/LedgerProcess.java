package com.pilotledger.app.e2e;

import com.pilotledger.app.PilotLedgerApplication;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, started as an operator starts it (the same {@code java}, the application's
 * classpath, settings as command-line arguments), so that it can be killed with SIGKILL and started again on the same
 * database and the same port. Each start writes its log to a file of its own.
 */
final class LedgerProcess implements AutoCloseable {

    /** How a JVM ended by SIGKILL reports its exit: 128 + signal 9. No shutdown hook, no flush, no commit ran. */
    static final int KILLED_BY_SIGKILL = 128 + 9;

    /** A line of Spring Boot's log: level, logger and message. */
    private static final Pattern LOGGED = Pattern.compile("^\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR) .*? ([\\w.$]+)\\s+: (.*)$");
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final List<String> arguments;
    private final Path logFolder;
    private final int port;
    private Process process;
    private int starts;

    LedgerProcess(List<String> settings, Path logFolder) {
        this.port = freePort();
        this.logFolder = logFolder;
        this.arguments = new ArrayList<>(settings);
        this.arguments.add("--server.port=" + port);
    }

    void start() {
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Daxoniq.update-checker.disabled=true",
                "-cp", applicationClasspath(), PilotLedgerApplication.class.getName()));
        command.addAll(arguments);
        try {
            Files.createDirectories(logFolder);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log().toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the API answers a signed-in read; a process that dies on the way fails with its log. */
    Duration awaitReady(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        LedgerClient client = client();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue()
                        + " while starting; its log:\n" + logTail(60));
            }
            try {
                if (client.get("ada", "/api/capital").status() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (UncheckedIOException notListeningYet) {
                // the web server opens its port only once the application has started
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new IllegalStateException("The application did not answer within " + timeout + "; its log:\n"
                + logTail(60));
    }

    /**
     * {@link Process#destroyForcibly()} sends SIGKILL on Linux; the exit value it reports proves it (see
     * {@link #KILLED_BY_SIGKILL}).
     */
    int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The application " + process.pid() + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** Waits for a process that is expected to stop by itself (a refused start) and returns its exit value. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The application still runs after " + timeout + "; its log:\n"
                        + logTail(60));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    LedgerClient client() {
        return new LedgerClient(port);
    }

    int starts() {
        return starts;
    }

    Path log() {
        return logFolder.resolve("instance-" + starts + ".log");
    }

    /**
     * What the application itself noticed: each distinct warning or error of every start (with the exception line
     * after it, ids and numbers masked), and how often it was logged.
     */
    List<String> warningsAndErrors() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int start = 1; start <= starts; start++) {
            List<String> lines;
            try {
                lines = Files.readAllLines(logFolder.resolve("instance-" + start + ".log"));
            } catch (IOException unreadable) {
                counts.merge("log of start " + start + " unreadable: " + unreadable.getMessage(), 1L, Long::sum);
                continue;
            }
            for (int line = 0; line < lines.size(); line++) {
                Matcher logged = LOGGED.matcher(lines.get(line));
                if (logged.matches() && (logged.group(1).equals("WARN") || logged.group(1).equals("ERROR"))) {
                    String cause = lines.subList(line + 1, Math.min(line + 3, lines.size())).stream()
                            .filter(next -> !next.isBlank()).findFirst()
                            .filter(next -> !LOGGED.matcher(next).matches()).map(next -> " <- " + next).orElse("");
                    counts.merge((logged.group(1) + " " + logged.group(2) + ": " + logged.group(3) + cause)
                            .replaceAll(UUID, "<id>").replaceAll("\\d+", "#"), 1L, Long::sum);
                }
            }
        }
        return counts.entrySet().stream().map(entry -> "(x" + entry.getValue() + ") " + entry.getKey()).toList();
    }

    private String logTail(int count) {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /**
     * The test's classpath without its own test classes: the application must not pick up a test's configuration
     * classes in its component scan, which it would, unlike in a Spring test context.
     */
    private static String applicationClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
