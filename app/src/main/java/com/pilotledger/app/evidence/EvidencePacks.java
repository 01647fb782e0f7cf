package com.pilotledger.app.evidence;

import com.pilotledger.app.integrity.Checkpoints;
import com.pilotledger.app.integrity.EventSealer;
import com.pilotledger.app.integrity.SealedLogKept;
import com.pilotledger.app.integrity.SigningKey;
import com.pilotledger.app.problem.PilotNotFoundException;
import com.pilotledger.verifier.Checkpoint;
import com.pilotledger.verifier.EventRow;
import com.pilotledger.verifier.EvidencePack;
import com.pilotledger.verifier.PackManifest;
import com.pilotledger.verifier.Sealing;
import com.pilotledger.verifier.VerificationReport;
import com.pilotledger.verifier.Verifier;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes evidence packs ({@link EvidencePack} describes the layout) for the API and the audit page. First every event
 * is sealed and a checkpoint signed, so the pack's last event is covered by a signature; the pack then holds the
 * events sealed up to that checkpoint. The events, seals and checkpoints are written to a draft file as they are read
 * (constant memory), the draft is verified with the auditors' own verifier, and the pack is streamed to the response
 * with that verification and a readable summary of the decisions ({@link DecisionSummary}). A failure before the first
 * byte is an ordinary error answer; one while the summary is written cuts the download short.
 */
@Service
@SealedLogKept
public class EvidencePacks {

    private final SealedEvents store;
    private final EventSealer sealer;
    private final Checkpoints checkpoints;
    private final SigningKey key;
    private final JsonMapper json;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    EvidencePacks(SealedEvents store, EventSealer sealer, Checkpoints checkpoints, SigningKey key, JsonMapper json,
                  PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.sealer = sealer;
        this.checkpoints = checkpoints;
        this.key = key;
        this.json = json;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Writes the pack of this scope, made by this user, as a zip attachment; an unknown pilot is refused first. */
    public void write(EvidenceScope scope, String createdBy, HttpServletResponse response) throws IOException {
        if (scope.isPilot() && !store.pilotExists(scope.pilotId())) {
            throw new PilotNotFoundException(scope.pilotId());
        }
        sealer.sealNow();
        long through = store.sealed() == 0 ? 0 : sealer.checkpointNow().events();
        Path draft = Files.createTempFile("pilot-ledger-evidence-", ".zip");
        try {
            PackManifest manifest = transactionally(() -> writeDraft(scope, createdBy, through, draft));
            VerificationReport verification;
            try (EvidencePack pack = EvidencePack.open(draft)) {
                verification = new Verifier(List.of(key.publicKey()), List.of()).verify(pack);
            }
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(scope.fileName()).build().toString());
            ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8);
            copyEntries(draft, zip);
            Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(EvidencePack.VERIFICATION));
            text.write(verification.toText());
            text.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(EvidencePack.SUMMARY));
            DecisionSummary summary = new DecisionSummary(text, json);
            summary.start(manifest, headline(verification));
            transactionally(() -> {
                store.forEach(through, sealed -> summary.accept(sealed.event(), includes(scope, sealed.event())));
                return null;
            });
            summary.finish();
            text.flush();
            zip.closeEntry();
            zip.finish();
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** The events in scope, the stretch of seals from the first one's to the checkpoint covering the last, and so on. */
    private PackManifest writeDraft(EvidenceScope scope, String createdBy, long through, Path draft) {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(draft)),
                StandardCharsets.UTF_8)) {
            Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            Span span = new Span();
            entry(zip, text, EvidencePack.EVENTS, () -> store.forEach(through, sealed -> {
                if (includes(scope, sealed.event())) {
                    line(text, EvidencePack.eventLine(sealed.event()));
                    span.add(sealed.position());
                }
            }));
            long first = scope.isWholePortfolio() ? Math.min(through, 1) : span.first;
            long last = scope.isWholePortfolio() || span.count == 0 ? through
                    : checkpoints.covering(span.last).map(Checkpoint::events).orElseThrow();
            long[] seals = {0};
            entry(zip, text, EvidencePack.SEALS, () -> {
                if (first > 0) {
                    store.seals(first, last, seal -> {
                        line(text, EvidencePack.sealLine(seal));
                        seals[0]++;
                    });
                }
            });
            List<Checkpoint> signed = first == 0 ? List.of() : checkpoints.within(first, last);
            entry(zip, text, EvidencePack.CHECKPOINTS, () -> write(text,
                    String.join("\n", signed.stream().map(Checkpoint::toText).toList())));
            entry(zip, text, EvidencePack.PUBLIC_KEY, () -> write(text, key.publicKeyPem()));
            PackManifest manifest = new PackManifest(scope.describe(), clock.instant(), createdBy, span.count,
                    seals[0], signed.size(), first, first == 0 ? Sealing.GENESIS : store.chainBefore(first));
            entry(zip, text, EvidencePack.MANIFEST, () -> write(text, manifest.toText()));
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the evidence pack's draft " + draft, e);
        }
    }

    private boolean includes(EvidenceScope scope, EventRow event) {
        if (scope.isPilot()) {
            return scope.pilotId().equals(event.aggregateId()) || concernsPilot(event.payload(), scope.pilotId());
        }
        if (scope.isPeriod()) {
            try {
                Instant at = Instant.parse(event.timeStamp());
                return !at.isBefore(scope.from()) && at.isBefore(scope.to());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return true;
    }

    /** A capital event about the pilot names it in its payload ({@code pilotId}); most events are passed over unread. */
    private boolean concernsPilot(byte[] payload, String pilotId) {
        if (payload == null || !new String(payload, StandardCharsets.UTF_8).contains(pilotId)) {
            return false;
        }
        try {
            JsonNode id = json.readTree(payload).get("pilotId");
            return id != null && pilotId.equals(id.asString());
        } catch (JacksonException e) {
            return false;
        }
    }

    private static String headline(VerificationReport report) {
        return switch (report.exitCode()) {
            case 0 -> "Verified when made: every event matches its seal, " + report.verifiedUpTo()
                    + " seals of the log vouched for by a signed checkpoint.";
            case 1 -> "Verification FAILED when made: " + report.firstFinding().toText();
            default -> "Verified intact when made, but an authorization exceeded authority: see verification.txt.";
        };
    }

    private <T> T transactionally(Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }

    private static void copyEntries(Path draft, ZipOutputStream zip) throws IOException {
        try (ZipFile entries = new ZipFile(draft.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> all = entries.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = entries.getInputStream(entry)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** One entry written through the writer, which is flushed before the entry closes (and never closed itself). */
    private static void entry(ZipOutputStream zip, Writer text, String name, Runnable writing) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        writing.run();
        text.flush();
        zip.closeEntry();
    }

    private static void line(Writer text, String line) {
        write(text, line + "\n");
    }

    private static void write(Writer text, String content) {
        try {
            text.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chain positions of the events in scope: the first and the last, and how many. */
    private static final class Span {
        private long first;
        private long last;
        private long count;

        void add(long position) {
            first = count == 0 ? position : Math.min(first, position);
            last = Math.max(last, position);
            count++;
        }
    }
}
