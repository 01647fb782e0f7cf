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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark, tiny, so it keeps working: every scenario runs, every command and read succeeds, the report names
 * every target; on PostgreSQL also S1 over HTTP and S4 across three instances, two of them processes of their own.
 * No figure is asserted: speed is reported by the full benchmark, never judged by a test.
 */
class BenchmarkSmokeTest {

    @TempDir
    Path output;

    @Test
    void runsEveryScenarioOnTheEmbeddedStore() throws Exception {
        JsonNode report = run("h2", 1);
        assertCompleteReport(report, List.of());
    }

    @Test
    @Tag("postgres")
    void runsEveryScenarioOnPostgresAndAcrossThreeInstances() throws Exception {
        JsonNode report = run("postgres", 3);
        assertCompleteReport(report, List.of("S1", "S4", "S4"));
        assertThat(descriptions(report)).filteredOn(description -> description.contains("across 3 instances"))
                .hasSize(3);
        // Every client is dealt to one instance: with 4 command clients and 3 readers each instance answers some.
        Map<String, Double> answered = figures(report, "S1");
        answered.putAll(figures(report, "S4"));
        answered.keySet().removeIf(figure -> !figure.contains(" answered by instance "));
        assertThat(answered).hasSize(9).allSatisfy((figure, calls) -> assertThat(calls).as(figure).isPositive());
        Map<String, Double> memory = figures(report, "memory");
        memory.keySet().removeIf(figure -> !figure.startsWith("instance at port"));
        assertThat(memory).hasSize(2).allSatisfy((figure, mebibytes) -> assertThat(mebibytes).as(figure).isPositive());
        assertThat(output.resolve("instance-2.log")).isNotEmptyFile();
        assertThat(output.resolve("instance-3.log")).isNotEmptyFile();
    }

    @Test
    void refusesSeveralInstancesOnTheEmbeddedStore() {
        assertThatThrownBy(() -> BenchOptions.parse("--store=h2", "--instances=3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs --store=postgres");
    }

    private JsonNode run(String store, int instances) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Path markdown = new LedgerBenchmark(BenchOptions.parse("--store=" + store, "--pilots=20",
                "--signals-per-pilot=5", "--long-pilot-events=60", "--clients=4", "--read-clients=3",
                "--phase-seconds=1", "--instances=" + instances, "--output=" + output)).run();
        assertThat(Files.readString(markdown)).contains("| S1 |", "| S2 |", "| S3 |", "| S4 |", "| S5 |",
                "| S6 |", "| S7 |", "| S8 |");
        return new ObjectMapper().readTree(output.resolve(store + ".json").toFile());
    }

    /** Every scenario ran, in order, with the given ones across instances after them, and no call failed. */
    private static void assertCompleteReport(JsonNode report, List<String> acrossInstances) {
        List<String> scenarios = new ArrayList<>();
        for (JsonNode result : report.get("results")) {
            scenarios.add(result.get("scenario").asText());
            assertThat(result.get("count").asLong()).as(result.get("description").asText()).isPositive();
            assertThat(result.get("failures").asLong()).as(result.get("firstFailure").asText()).isZero();
        }
        List<String> expected = new ArrayList<>(List.of("seed", "S1", "S1", "S5", "S1", "S1", "S2", "S2", "S5", "S4",
                "S4", "S4", "S8"));
        expected.addAll(acrossInstances);
        assertThat(scenarios).containsExactlyElementsOf(expected);
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

    private static List<String> descriptions(JsonNode report) {
        List<String> descriptions = new ArrayList<>();
        report.get("results").forEach(result -> descriptions.add(result.get("description").asText()));
        return descriptions;
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
