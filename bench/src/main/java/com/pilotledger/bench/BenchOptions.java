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
 * @param output           folder for {@code <store>.json} and {@code <store>.md}
 */
record BenchOptions(String store, int pilots, int signalsPerPilot, int longPilotEvents, int clients, int readClients,
                    Duration phase, Path output, String postgresUrl, String postgresUser) {

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
                given.getOrDefault("postgres-user", "postgres"));
        if (!options.store.equals("postgres") && !options.store.equals("h2")) {
            throw new IllegalArgumentException("--store must be postgres or h2");
        }
        return options;
    }
}
