package com.pilotledger.app.hostile;

import com.pilotledger.app.e2e.RunningLedger;
import com.pilotledger.app.projection.ProjectionCatchUp;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storm of generated hostile requests, over real HTTP, against every write endpoint of the API and of the pages
 * (found in the running application's handler mapping), from a fixed seed: {@code -Dhostile-input.seed=...} replays
 * another. Each request is judged on its own: never a 5xx, every 4xx of the API a problem body, no event appended
 * by a refused request, and whatever breaks a declared rule refused. Afterwards a normal command must be answered
 * in normal time. Every finding is written to {@code target/hostile-input-findings.txt} with the exact request.
 */
@Tag("end-to-end")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final long SEED = Long.getLong("hostile-input.seed", 20261130L);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("hostile-input.budget-seconds", 300));
    private static final int AT_LEAST = 5_000;
    private static final int MIXED = 1_800;
    private static final int AT_LEAST_PER_ENDPOINT = 50;
    /** An endpoint that reads no input (verify the log now) has only its callers, headers and bodies to spoil. */
    private static final int AT_LEAST_PER_ENDPOINT_WITHOUT_INPUT = 25;
    private static final int SHOWN = 25;
    private static final Duration NORMAL_TIME = Duration.ofSeconds(3);
    private static final Path FINDINGS = Path.of("target", "hostile-input-findings.txt");

    private RunningLedger ledger;
    private HostileClient client;
    private Scene scene;
    private List<HostileInputs> classes;
    private Storm.Outcome storm;

    @BeforeAll
    void unleashTheStorm() {
        // Wrong passwords are part of the storm; the sign-in throttle (tested in WebSecurityEndToEndTest) would
        // otherwise lock the storm's own users out of it, all of them coming from one address.
        ledger = new RunningLedger("--pilot-ledger.sign-in.failures-per-user=1000000",
                "--pilot-ledger.sign-in.failures-per-address=1000000");
        client = new HostileClient(ledger.port());
        List.of("pam", "owen", "eve", "ethan", "ada", "alex", "monitor").forEach(client::signIn);
        ApplicationEndpoints endpoints;
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            endpoints = ApplicationEndpoints.of(
                    ledger.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class),
                    validation.getValidator());
        }
        scene = stage(endpoints);
        List<FieldInputs> fieldClasses = List.of(new TextLimits(), new ControlCharacters(), new UnpairedSurrogates(),
                new WrongJsonTypes(), new ExtremeNumbers(), new UnknownCurrencies(), new FarInstants(),
                new FormQuirks());
        classes = new ArrayList<>(fieldClasses);
        classes.addAll(List.of(new MalformedBodies(), new FormBodies(), new ContentTypes(), new AcceptHeaders(),
                new OddPathIds(), new WrongMethods(), new WrongCallers(), new IdempotencyKeys(), new ValidRequests(),
                new MixedMutations(fieldClasses, MIXED)));
        Random random = new Random(SEED);
        List<HostileRequest> requests = new ArrayList<>();
        classes.forEach(inputs -> requests.addAll(inputs.generate(scene, random)));
        List<HostileRequest> chains = requests.stream().filter(HostileInputTest::isKeyChain).toList();
        Collections.shuffle(requests, random);
        keepInOrder(requests, chains);
        storm = new Storm(client, ledger.jdbc(), BUDGET).run(requests);
        writeFindings(requests.size());
        System.out.println(summary(requests.size()));
    }

    /** A reused Idempotency-Key means something only after its first use: such a chain is sent in its order. */
    private static boolean isKeyChain(HostileRequest request) {
        return request.description().startsWith("key hostile-reused-");
    }

    private static void keepInOrder(List<HostileRequest> shuffled, List<HostileRequest> inOrder) {
        Iterator<HostileRequest> next = inOrder.iterator();
        for (int index = 0; index < shuffled.size(); index++) {
            if (isKeyChain(shuffled.get(index))) {
                shuffled.set(index, next.next());
            }
        }
    }

    @AfterAll
    void stopLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void theStormSendsAtLeastFiveThousandRequestsToEveryWriteEndpointWithinItsTimeBudget() {
        assertThat(storm.finished()).as("every generated request sent within %s", BUDGET).isTrue();
        assertThat(storm.sent()).hasSizeGreaterThanOrEqualTo(AT_LEAST);
        Map<String, Long> perEndpoint = count(storm.sent(), request -> request.endpoint().toString());
        scene.writes().forEach(endpoint -> assertThat(perEndpoint.getOrDefault(endpoint.toString(), 0L))
                .as("requests to %s", endpoint).isGreaterThanOrEqualTo(
                        endpoint.leaves().isEmpty() && endpoint.pathVariables().isEmpty()
                                ? AT_LEAST_PER_ENDPOINT_WITHOUT_INPUT : AT_LEAST_PER_ENDPOINT));
        assertThat(scene.endpoints().api()).as("write endpoints of the API").isNotEmpty();
        assertThat(scene.endpoints().pages()).as("write endpoints of the pages").isNotEmpty();
        Map<String, Long> perClass = count(storm.sent(), HostileRequest::inputClass);
        classes.forEach(inputs -> assertThat(perClass).as("requests of %s", inputs.name()).containsKey(inputs.name()));
    }

    @Test
    void noHostileRequestIsAnsweredWithAServerErrorOrNotAtAll() {
        assertNone(Finding.Kind.SERVER_ERROR, Finding.Kind.NO_ANSWER);
    }

    @Test
    void everyRefusalOfTheApiIsAProblemWithTypeAndCode() {
        assertNone(Finding.Kind.NOT_A_PROBLEM);
    }

    @Test
    void noRefusedRequestAppendsAnEvent() {
        assertNone(Finding.Kind.EVENT_APPENDED_BY_REFUSAL);
    }

    @Test
    void inputThatBreaksADeclaredRuleIsRefused() {
        assertNone(Finding.Kind.ACCEPTED_BUT_MUST_BE_REFUSED);
    }

    @Test
    void afterTheStormAPilotIsRegisteredAndItsSignalShownInNormalTime() {
        HostileRequest registration = scene.valid(scene.endpoints().endpoint("POST", "/api/pilots"));
        Answer registered = timed(registration);
        assertThat(registered.status()).as(registered.summary()).isEqualTo(201);
        String pilotId = registered.header("Location").substring("/api/pilots/".length());

        WriteEndpoint signals = scene.endpoints().endpoint("POST", "/api/pilots/{pilotId}/signals");
        HostileRequest signal = scene.withBody(scene.valid(signals)
                        .withTarget("/api/pilots/" + pilotId + "/signals"),
                scene.validBody(signals).with("evidence", "After the storm"));
        Answer recorded = timed(signal);
        assertThat(recorded.status()).as(recorded.summary()).isEqualTo(200);
        assertThat(recorded.body()).contains("After the storm");
    }

    @Test
    void afterTheStormNoEventProcessorIsBehindOrInError() {
        assertThat(ledger.bean(ProjectionCatchUp.class).awaitCurrentHead(Duration.ofSeconds(10)))
                .as("every event processor caught up with the store").isTrue();
        List<String> inError = ledger.bean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .flatMap(processor -> processor.processingStatus().values().stream()
                        .filter(EventTrackerStatus::isErrorState)
                        .map(status -> processor.getName() + " segment " + status.getSegment().getSegmentId() + ": "
                                + status.getError()))
                .toList();
        assertThat(inError).isEmpty();
    }

    /** The pilots and the waiting approval request the storm aims at, made with valid requests. */
    private Scene stage(ApplicationEndpoints endpoints) {
        Scene staging = new Scene(endpoints, new Scene.Pilots("-", "-", "-"), "-");
        WriteEndpoint register = endpoints.endpoint("POST", "/api/pilots");
        List<String> pilots = new ArrayList<>();
        for (String name : List.of("Hostile target", "Hostile pause", "Hostile kill", "Hostile approval")) {
            Answer registered = client.send(staging.withBody(staging.valid(register), staging.validBody(register)
                    .with("name", name).with("requestedCapital.amount", new Body.Literal("1000000.00"))));
            assertThat(registered.status()).as(registered.summary()).isEqualTo(201);
            pilots.add(registered.header("Location").substring("/api/pilots/".length()));
        }
        WriteEndpoint authorize = endpoints.endpoint("POST", "/api/pilots/{pilotId}/authorizations");
        Answer waiting = client.send(staging.withBody(staging.valid(authorize)
                        .withTarget(staging.path(authorize, Map.of("pilotId", pilots.get(3)))),
                staging.validBody(authorize).with("posture", "CONTROLLED_INVESTMENT")
                        .with("capital.amount", new Body.Literal("600000.00"))));
        assertThat(waiting.status()).as(waiting.summary()).isEqualTo(202);
        return new Scene(endpoints, new Scene.Pilots(pilots.get(0), pilots.get(1), pilots.get(2)),
                waiting.header("Location").substring("/api/approvals/".length()));
    }

    private Answer timed(HostileRequest request) {
        long start = System.nanoTime();
        Answer answer = client.send(request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("answer to %s", request.describe()).isLessThan(NORMAL_TIME);
        return answer;
    }

    /** Fails with the count by input class and the first findings of these kinds, each with its exact request. */
    private void assertNone(Finding.Kind... kinds) {
        List<Finding.Kind> wanted = List.of(kinds);
        List<Finding> found = storm.findings().stream().filter(finding -> wanted.contains(finding.kind())).toList();
        assertThat(found.size()).as(() -> "seed " + SEED + "; " + wanted + " by input class: "
                + count(found, finding -> finding.request().inputClass()) + "; the first " + Math.min(SHOWN, found.size())
                + " (all in " + FINDINGS.toAbsolutePath() + "):\n\n" + found.stream().limit(SHOWN)
                .map(Finding::describe).collect(Collectors.joining("\n\n")) + "\n").isZero();
    }

    private String summary(int generated) {
        return "Hostile input, seed " + SEED + ": " + storm.sent().size() + " of " + generated + " requests in "
                + storm.took().toSeconds() + " s, " + storm.accepted() + " accepted, " + storm.findings().size()
                + " findings\n  by input class: " + count(storm.sent(), HostileRequest::inputClass)
                + "\n  findings: " + count(storm.findings(), finding -> finding.kind().toString());
    }

    private void writeFindings(int generated) {
        String text = summary(generated) + "\n\n" + storm.findings().stream().map(Finding::describe)
                .collect(Collectors.joining("\n\n"));
        try {
            Files.createDirectories(FINDINGS.getParent());
            Files.writeString(FINDINGS, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
