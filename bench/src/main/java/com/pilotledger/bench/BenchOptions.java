package com.pilotledger.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What to run, from {@code --name=value} arguments; the defaults are the full benchmark of docs/performance.md.
 *
 * @param store            {@code postgres} (a new database on the server at {@code postgresUrl}) or {@code h2}
 * @param pilots           pilots of the portfolio built through the command gateway
 * @param signalsPerPilot  readiness signals recorded for each of them (about 1.4 events each, with recommendations)
 * @param longPilotEvents  events of the one long-lived pilot that S5 loads
 * @param clients          concurrent clients sending commands (S1)
 * @param readClients      concurrent clients reading (S4)
 * @param phase            how long each timed load runs (ceilings, S1, S4)
 * @param output           folder for {@code <store>.json} and {@code <store>.md} (and the logs of further instances)
 * @param instances        instances S1 over HTTP and S4 are driven across once more at the end (1: not at all); the
 *                         further ones run as JVMs of their own on the same PostgreSQL database
 */
record BenchOptions(String store, int pilots, int signalsPerPilot, int longPilotEvents, int clients, int readClients,
                    Duration phase, Path output, String postgresUrl, String postgresUser, int instances) {

    static BenchOptions parse(String... arguments) {
        Map<String, String> given = new HashMap<>();
        for (String argument : arguments) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + argument);
            }
            given.put(argument.substring(2, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
        }
        BenchOptions options = new BenchOptions(
                given.getOrDefault("store", "postgres"),
                Integer.parseInt(given.getOrDefault("pilots", "10000")),
                Integer.parseInt(given.getOrDefault("signals-per-pilot", "70")),
                Integer.parseInt(given.getOrDefault("long-pilot-events", "10000")),
                Integer.parseInt(given.getOrDefault("clients", "8")),
                Integer.parseInt(given.getOrDefault("read-clients", "4")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("phase-seconds", "20"))),
                Path.of(given.getOrDefault("output", "bench-results")),
                given.getOrDefault("postgres-url", "jdbc:postgresql://127.0.0.1:5432/"),
                given.getOrDefault("postgres-user", "postgres"),
                Integer.parseInt(given.getOrDefault("instances", "1")));
        if (!options.store.equals("postgres") && !options.store.equals("h2")) {
            throw new IllegalArgumentException("--store must be postgres or h2");
        }
        if (options.instances < 1) {
            throw new IllegalArgumentException("--instances must be 1 or more");
        }
        if (options.instances > 1 && !options.store.equals("postgres")) {
            // A second instance on the embedded H2 file is refused by H2's file lock (docs/operations.md).
            throw new IllegalArgumentException("--instances=" + options.instances + " needs --store=postgres: "
                    + "several instances share one PostgreSQL database; the embedded H2 database serves one instance");
        }
        return options;
    }
}
