package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The README's "Try it" steps, read from README.md and pasted as written into bash, against the application started
 * as the README starts it (with the demo portfolio). The one change is the port: the steps name localhost:8080, and a
 * {@code curl} placed first on the PATH sends them to this test's port instead, keeping each call's arguments, answer
 * headers and output so that every answer is checked. bash and curl are required: without them the test fails.
 */
class ReadmeStepsTest extends EndToEndTest {

    private static final Pattern TRY_IT = Pattern.compile("(?s)\nTry it\\b.*?```bash\n(.*?)```");
    private static final Pattern CURL_COMMAND = Pattern.compile("(?m)(^|\\$\\()curl ");
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String WRAPPER = """
            #!/usr/bin/env bash
            # The README's curl on the test's port; each call's arguments, answer headers and output kept in order.
            count=$(( $(find "$README_ANSWERS" -name '*.args' | wc -l) + 1 ))
            arguments=()
            for argument in "$@"; do arguments+=("${argument//localhost:8080/localhost:$README_PORT}"); done
            printf '%s\\0' "${arguments[@]}" > "$README_ANSWERS/$count.args"
            "$README_CURL" -D "$README_ANSWERS/$count.headers" "${arguments[@]}" > "$README_ANSWERS/$count.out"
            status=$?
            cat "$README_ANSWERS/$count.out"
            exit $status
            """;

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    protected String[] arguments() {
        return new String[]{"--demo"};
    }

    @Test
    void theTryItStepsAnswerAsTheReadmeSaysWhenPasted(@TempDir Path folder) throws Exception {
        String steps = tryItSteps();
        Path answers = Files.createDirectories(folder.resolve("answers"));
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path wrapper = Files.writeString(bin.resolve("curl"), WRAPPER);
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder bash = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + steps)
                .redirectErrorStream(true);
        bash.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        bash.environment().put("README_ANSWERS", answers.toString());
        bash.environment().put("README_PORT", String.valueOf(ledger.port()));
        bash.environment().put("README_CURL", realCurl());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the steps finish").isTrue();
        assertThat(process.exitValue()).as("bash ran the steps without an error; it printed:\n%s", output).isZero();

        List<Answer> calls = answers(answers);
        assertThat(calls).as("one answer per curl command of the steps").hasSize(count(CURL_COMMAND, steps));
        Map<String, Consumer<Answer>> expected = expectations();
        List<String> met = new ArrayList<>();
        for (Answer call : calls) {
            String step = expected.keySet().stream().filter(call.request()::matches).findFirst()
                    .orElseGet(() -> fail("No expectation for the README's call " + call.request()
                            + "; a new step needs its answer checked here"));
            expected.get(step).accept(call);
            met.add(step);
        }
        assertThat(met).as("every step expected here is in the README").containsExactlyInAnyOrderElementsOf(
                expected.keySet());
        assertThat(output).as("step 1 prints the pilot's address").containsPattern("(?m)^/api/pilots/" + UUID + "$");
    }

    /** Each step's request (method and path) and what its answer must be. */
    private Map<String, Consumer<Answer>> expectations() {
        return Map.of(
                "POST /api/pilots", answer -> {
                    assertThat(answer.status()).isEqualTo(201);
                    assertThat(answer.header("Location")).matches("/api/pilots/" + UUID);
                    assertThat(answer.output()).isEqualTo(answer.header("Location"));
                },
                "POST /api/pilots/" + UUID + "/signals", answer -> {
                    JsonNode pilot = ok(answer);
                    assertThat(pilot.path("summary").path("name").asString()).isEqualTo("Shelf gap detection");
                    assertThat(pilot.path("summary").path("readings").path("OPERATIONAL_OWNERSHIP").asString())
                            .isEqualTo("ESTABLISHED");
                    assertThat(pilot.path("summary").path("capitalRequested").path("amount").isString()).isTrue();
                    assertThat(pilot.path("summary").path("capitalRequested").path("amount").asString())
                            .isEqualTo("350000.00");
                },
                "GET /api/pilots\\?sort=CAPITAL_REQUESTED&direction=desc", answer ->
                        assertThat(ok(answer).path("rows").valueStream().map(row -> row.path("name").asString()))
                                .contains("Shelf gap detection"),
                "GET /api/pilots/" + UUID + "/history", answer ->
                        assertThat(ok(answer).path("entries").valueStream()
                                .map(entry -> entry.path("eventType").asString()))
                                .contains("PilotRegistered", "SignalRecorded"),
                "GET /api/audit/export.jsonl", answer -> {
                    assertThat(answer.status()).isEqualTo(200);
                    List<JsonNode> events = answer.output().lines().map(json::readTree).toList();
                    assertThat(events).anySatisfy(event -> assertThat(event.toString())
                            .contains("PilotRegistered", "Shelf gap detection"));
                },
                "GET /api/pilots\\?asOf=2026-03-15", answer -> assertThat(ok(answer).path("rows").isArray()).isTrue(),
                "GET /api/pilots/" + UUID + "/decisions/context", answer -> assertThat(ok(answer).isArray()).isTrue(),
                "POST /api/policy/versions", answer -> {
                    assertThat(answer.status()).isEqualTo(201);
                    assertThat(json.readTree(answer.output()).path("version").asString()).isEqualTo("v2");
                },
                "GET /api/policy/versions/v2/what-if", answer ->
                        assertThat(ok(answer).path("version").asString()).isEqualTo("v2"));
    }

    private JsonNode ok(Answer answer) {
        assertThat(answer.status()).as("%s answered %s", answer.request(), answer.output()).isEqualTo(200);
        return json.readTree(answer.output());
    }

    private static String tryItSteps() {
        Matcher steps = TRY_IT.matcher(RepositoryFile.read("README.md"));
        assertThat(steps.find()).as("README.md has a \"Try it\" block of bash").isTrue();
        assertThat(steps.group(1)).as("no placeholder to fill in by hand").doesNotContain("{id}");
        return steps.group(1);
    }

    /** The curl the README's reader has; without it (or without bash) the steps cannot be checked, so the test fails. */
    private static String realCurl() throws IOException, InterruptedException {
        Process which = new ProcessBuilder("bash", "-c", "command -v curl").start();
        String path = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(which.waitFor()).as("curl is installed (the README's steps need it)").isZero();
        return path;
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    private static List<Answer> answers(Path folder) throws IOException {
        List<Answer> answers = new ArrayList<>();
        for (int call = 1; Files.exists(folder.resolve(call + ".args")); call++) {
            List<String> arguments = Arrays.asList(Files.readString(folder.resolve(call + ".args")).split("\0"));
            answers.add(new Answer(arguments, Files.readAllLines(folder.resolve(call + ".headers")),
                    Files.readString(folder.resolve(call + ".out"))));
        }
        return answers;
    }

    /** One curl call of the steps: its arguments, the answer's status line and headers, and what curl printed. */
    private record Answer(List<String> arguments, List<String> headers, String output) {

        private static final Pattern URL = Pattern.compile("^(?:http://)?localhost:\\d+(/.*)$");

        /** The method and path with query, e.g. "POST /api/pilots" (curl posts when given a body). */
        String request() {
            boolean posts = arguments.contains("-d") || arguments.contains("--data");
            String path = arguments.stream().map(URL::matcher).filter(Matcher::matches).map(url -> url.group(1))
                    .findFirst().orElse("(no URL on localhost)");
            return (posts ? "POST " : "GET ") + path;
        }

        int status() {
            return Integer.parseInt(headers.get(0).split(" ")[1]);
        }

        String header(String name) {
            return headers.stream().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }
    }
}
