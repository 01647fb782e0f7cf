package com.pilotledger.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pack verifies offline like the database: whole or as an excerpt, and a changed line is named. */
class EvidencePackTest {

    private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");

    private final KeyPair key = SigningKeys.generate();
    private final Sealing sealing = new Sealing();
    private final List<EventRow> events = new ArrayList<>();
    private final List<Seal> seals = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();

    @TempDir
    Path folder;

    EvidencePackTest() {
        // Two pilots; event 4 committed late and was sealed after event 5, with a payload that is not UTF-8;
        // checkpoints after 3 and 5 seals.
        append(event(1, "pilot-a", 0, "{\"amount\":\"450000.00\"}"));
        append(event(2, "pilot-b", 0, "{\"amount\":\"120000.00\"}"));
        append(event(3, "pilot-a", 1, "{\"evidence\":\"Owner named\"}"));
        sign();
        append(event(5, "pilot-b", 1, "{\"amount\":\"90000.00\"}"));
        EventRow late = event(4, "pilot-a", 2, null);
        append(new EventRow(4, late.eventId(), late.aggregateType(), late.aggregateId(), 2, late.timeStamp(),
                late.payloadType(), null, new byte[] {(byte) 0xff, '{', '}'}, null));
        sign();
    }

    @Test
    void aWholePortfolioPackVerifiesIntact() throws IOException {
        Path file = pack(PackManifest.WHOLE_PORTFOLIO, events, 1);
        try (EvidencePack pack = EvidencePack.open(file)) {
            VerificationReport report = verifier().verify(pack);
            assertEquals(0, report.exitCode(), report.toText());
            assertEquals(5, report.events());
            assertEquals(5, report.verifiedUpTo());
            assertTrue(pack.complete());
        }
    }

    @Test
    void anExcerptStartingInTheMiddleOfTheChainVerifiesIntact() throws IOException {
        List<EventRow> pilotB = events.stream().filter(event -> event.aggregateId().equals("pilot-b")).toList();
        Path file = pack("pilot pilot-b", pilotB, 2);
        try (EvidencePack pack = EvidencePack.open(file)) {
            VerificationReport report = verifier().verify(pack);
            assertEquals(0, report.exitCode(), report.toText());
            assertEquals(2, report.events());
            assertFalse(pack.complete());
        }
    }

    @Test
    void aChangedAmountInOneLineIsNamed() throws IOException {
        Path file = pack(PackManifest.WHOLE_PORTFOLIO, events, 1);
        Path tampered = rewrite(file, EvidencePack.EVENTS, text -> text.replace("90000.00", "99000.00"));
        try (EvidencePack pack = EvidencePack.open(tampered)) {
            VerificationReport report = verifier().verify(pack);
            assertEquals(1, report.exitCode(), report.toText());
            assertEquals(Problem.EVENT_ALTERED, report.firstFinding().problem());
            assertEquals(5, report.firstFinding().globalIndex());
            assertEquals("event-5", report.firstFinding().eventId());
        }
    }

    @Test
    void theCommandVerifiesAPackWithTheAuditorsKey() throws IOException {
        Path file = pack(PackManifest.WHOLE_PORTFOLIO, events, 1);
        Path publicKey = Files.writeString(folder.resolve("key.pem"), SigningKeys.pem(key.getPublic()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifierCommand.run(new String[] {"--pack", file.toString(), "--public-key", publicKey.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("INTACT: "));
    }

    @Test
    void aFileThatIsNotAPackCannotBeVerified() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-pack.zip"), "hello");
        int status = VerifierCommand.run(new String[] {"--pack", file.toString()},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(3, status);
    }

    private Verifier verifier() {
        return new Verifier(List.of(key.getPublic()), List.of());
    }

    /** A pack of these events: the seals from the first one's up to the checkpoint covering the last, as the app writes. */
    private Path pack(String scope, List<EventRow> included, long firstPosition) throws IOException {
        long lastPosition = seals.stream().filter(seal -> included.stream()
                .anyMatch(event -> event.globalIndex() == seal.globalIndex())).mapToLong(Seal::position).max()
                .orElseThrow();
        long covering = checkpoints.stream().mapToLong(Checkpoint::events).filter(events -> events >= lastPosition)
                .min().orElseThrow();
        List<Seal> stretch = seals.subList((int) firstPosition - 1, (int) covering);
        List<Checkpoint> signed = checkpoints.stream()
                .filter(checkpoint -> checkpoint.events() >= firstPosition && checkpoint.events() <= covering).toList();
        byte[] chainBefore = firstPosition == 1 ? Sealing.GENESIS : seals.get((int) firstPosition - 2).chain();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(EvidencePack.EVENTS, lines(included.stream().map(EvidencePack::eventLine).toList()));
        entries.put(EvidencePack.SEALS, lines(stretch.stream().map(EvidencePack::sealLine).toList()));
        entries.put(EvidencePack.CHECKPOINTS, String.join("\n", signed.stream().map(Checkpoint::toText).toList()));
        entries.put(EvidencePack.PUBLIC_KEY, SigningKeys.pem(key.getPublic()));
        entries.put(EvidencePack.MANIFEST, new PackManifest(scope, NOW, "ada", included.size(), stretch.size(),
                signed.size(), firstPosition, chainBefore).toText());
        return zip(folder.resolve(scope.replace(' ', '-') + ".zip"), entries);
    }

    private Path rewrite(Path pack, String entry, UnaryOperator<String> change) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(pack.toFile())) {
            zip.stream().forEach(e -> {
                try {
                    String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                    entries.put(e.getName(), e.getName().equals(entry) ? change.apply(text) : text);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            });
        }
        return zip(folder.resolve("tampered.zip"), entries);
    }

    private static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String lines(List<String> lines) {
        return lines.stream().map(line -> line + "\n").reduce("", String::concat);
    }

    private void append(EventRow event) {
        byte[] leaf = sealing.leaf(event);
        byte[] chain = sealing.chain(seals.isEmpty() ? Sealing.GENESIS : seals.get(seals.size() - 1).chain(), leaf);
        seals.add(new Seal(seals.size() + 1, event.globalIndex(), event.eventId(), leaf, chain));
        events.add(event);
        events.sort(Comparator.comparingLong(EventRow::globalIndex));
    }

    private void sign() {
        Seal head = seals.get(seals.size() - 1);
        long sealedThrough = events.get(events.size() - 1).globalIndex();
        checkpoints.add(Checkpoint.sign(head.position(), head.chain(), sealedThrough, NOW, key.getPrivate(),
                key.getPublic()));
    }

    private static EventRow event(long globalIndex, String pilot, long sequence, String payload) {
        return new EventRow(globalIndex, "event-" + globalIndex, "Pilot", pilot, sequence,
                "2026-11-30T16:00:0" + globalIndex + "Z", "com.pilotledger.api.pilot.SignalRecorded", null,
                payload == null ? null : payload.getBytes(StandardCharsets.UTF_8),
                "{\"actor\":\"owen\"}".getBytes(StandardCharsets.UTF_8));
    }
}
