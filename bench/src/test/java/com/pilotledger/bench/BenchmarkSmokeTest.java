package com.pilotledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark, tiny, so it keeps working: every scenario runs, every command and read succeeds, the report names
 * every target. No figure is asserted: speed is reported by the full benchmark, never judged by a test.
 */
class BenchmarkSmokeTest {

    @TempDir
    Path output;

    @Test
    void runsEveryScenarioOnTheEmbeddedStore() throws Exception {
        assertCompleteReport(run("h2"));
    }

    @Test
    @Tag("postgres")
    void runsEveryScenarioOnPostgres() throws Exception {
        assertCompleteReport(run("postgres"));
    }

    private JsonNode run(String store) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Path markdown = new LedgerBenchmark(BenchOptions.parse("--store=" + store, "--pilots=20",
                "--signals-per-pilot=5", "--long-pilot-events=60", "--clients=4", "--read-clients=2",
                "--phase-seconds=1", "--output=" + output)).run();
        assertThat(Files.readString(markdown)).contains("| S1 |", "| S2 |", "| S3 |", "| S4 |", "| S5 |",
                "| S6 |", "| S7 |", "| S8 |");
        return new ObjectMapper().readTree(output.resolve(store + ".json").toFile());
    }

    private static void assertCompleteReport(JsonNode report) {
        List<String> scenarios = new ArrayList<>();
        for (JsonNode result : report.get("results")) {
            scenarios.add(result.get("scenario").asText());
            assertThat(result.get("count").asLong()).as(result.get("description").asText()).isPositive();
            assertThat(result.get("failures").asLong()).as(result.get("firstFailure").asText()).isZero();
        }
        assertThat(scenarios).containsExactly("seed", "S1", "S1", "S5", "S1", "S1", "S2", "S2", "S5", "S4", "S4",
                "S4", "S8");
        // S6 ends the run when the log fails verification, so its figures are of an intact log.
        Map<String, Double> verification = figures(report, "S6");
        assertThat(verification).hasSize(7);
        assertThat(verification.get("events verified per second")).isPositive();
        assertThat(verification.get("authorizations checked by the authority proof")).isPositive();
        assertThat(verification.get("authority violations")).isZero();
        // S7 replays every event of the portfolio under a stricter version, which pauses many of its pilots.
        Map<String, Double> whatIf = figures(report, "S7");
        assertThat(whatIf).hasSize(6);
        assertThat(whatIf.get("events replayed per second by the what-if")).isPositive();
        assertThat(whatIf.get("pilots in another recommended posture today")).isPositive();
        assertThat(figures(report, "S4")).containsKey("as-of board page: median time as a multiple of today's "
                + "board page");
        // S8 sends metric points over HTTP and reports them against the database's rate for the same batches.
        Map<String, Double> ingestion = figures(report, "S8");
        assertThat(ingestion.get("points recorded per second over HTTP")).isPositive();
        assertThat(ingestion.get("as a fraction of the ceiling: 48 points inserted per commit")).isPositive();
        assertThat(report.get("ceilings")).hasSize(8);
        assertThat(report.get("targets")).hasSize(16);
        assertThat(report.get("setting").get("data set").asText()).startsWith("22 pilots");
    }

    private static Map<String, Double> figures(JsonNode report, String scenario) {
        Map<String, Double> figures = new HashMap<>();
        for (JsonNode figure : report.get("figures")) {
            if (figure.get("scenario").asText().equals(scenario)) {
                figures.put(figure.get("description").asText(), figure.get("value").asDouble());
            }
        }
        return figures;
    }
}
