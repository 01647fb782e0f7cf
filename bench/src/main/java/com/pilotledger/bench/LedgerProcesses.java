package com.pilotledger.bench;

import com.pilotledger.app.PilotLedgerApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Further instances of the application beside the one in the benchmark's process, each a JVM of its own started as an
 * operator starts one (the same {@code java}, the benchmark's classpath, settings as command-line arguments, its own
 * port) on the same database, with the same signing key. Each writes its output to {@code instance-N.log} in the
 * output folder. Closing ends each process by its PID, whatever happened before.
 */
final class LedgerProcesses implements AutoCloseable {

    /** Spring Boot's launcher of a packaged jar, told which main class to run (the jar's own runs the benchmark). */
    private static final String JAR_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    /** One further instance: its process, its port and where its output goes. */
    record Instance(Process process, int port, Path log) {

        /** Its peak resident set size so far (VmHWM), read while it runs. */
        double peakResidentMebibytes() {
            return MemoryWatch.peakResidentMebibytes(process.pid());
        }
    }

    private final List<Instance> instances = new ArrayList<>();

    /**
     * Starts {@code count} instances, numbered from 2 (the benchmark's own is the first), with the given settings added
     * to the benchmark's own and the key file of the instance in the benchmark's process.
     */
    static LedgerProcesses start(int count, List<String> settings, Path signingKey, Path output) {
        LedgerProcesses processes = new LedgerProcesses();
        try {
            Files.createDirectories(output);
            for (int number = 2; number < count + 2; number++) {
                int port = freePort();
                List<String> command = new ArrayList<>(javaCommand());
                command.addAll(settings);
                command.addAll(List.of("--server.port=" + port,
                        "--pilot-ledger.integrity.signing-key=" + signingKey,
                        "--pilot-ledger.integrity.create-signing-key=false"));
                Path log = output.resolve("instance-" + number + ".log");
                processes.instances.add(new Instance(new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start(), port, log));
            }
            return processes;
        } catch (IOException e) {
            processes.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            processes.close();
            throw e;
        }
    }

    List<Instance> instances() {
        return instances;
    }

    /**
     * Waits until every instance is ready (its readiness probe answers UP) and has verified the sealed log once, as it
     * does at every start, so that no verification runs beside a measurement. An instance that exits on the way, or is
     * not there within the time, fails the run, naming its log.
     */
    void awaitReady(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (Instance instance : instances) {
            LedgerHttp http = new LedgerHttp(instance.port());
            while (!ready(http)) {
                if (!instance.process().isAlive()) {
                    throw new IllegalStateException("The instance on port " + instance.port() + " exited with "
                            + instance.process().exitValue() + " while starting; see " + instance.log());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The instance on port " + instance.port() + " was not ready within "
                            + within + "; see " + instance.log());
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
    }

    private static boolean ready(LedgerHttp http) throws InterruptedException {
        try {
            http.get("/actuator/health/readiness", "ada");
            return !http.get("/api/integrity/verification", "ada").contains("\"NOT_RUN\"");
        } catch (IOException notYet) {
            // the web server opens its port once the application has started; readiness answers 503 until it is UP
            return false;
        }
    }

    @Override
    public void close() {
        for (Instance instance : instances) {
            instance.process().destroy();
        }
        for (Instance instance : instances) {
            try {
                if (!instance.process().waitFor(30, TimeUnit.SECONDS)) {
                    instance.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                instance.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * From the packaged jar, its classpath is the jar alone and Spring Boot's launcher finds the application inside it;
     * from a build folder (the tests), the classpath lists the application's classes and libraries.
     */
    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path")));
        boolean packaged = LedgerProcesses.class.getClassLoader() != ClassLoader.getSystemClassLoader();
        if (packaged) {
            command.addAll(List.of("-Dloader.main=" + PilotLedgerApplication.class.getName(), JAR_LAUNCHER));
        } else {
            command.add(PilotLedgerApplication.class.getName());
        }
        return command;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
