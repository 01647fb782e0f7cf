package com.pilotledger.app.web;

import com.pilotledger.app.evidence.EvidencePacks;
import com.pilotledger.app.evidence.EvidenceScope;
import com.pilotledger.app.integrity.Checkpoints;
import com.pilotledger.app.integrity.LedgerVerification;
import com.pilotledger.app.integrity.NoCheckpointYetException;
import com.pilotledger.app.integrity.SealedLogKept;
import com.pilotledger.app.integrity.SigningKey;
import com.pilotledger.verifier.Checkpoint;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the audit page offers of the sealed log: verifying it now, and what auditors keep outside the system, evidence
 * packs ({@link EvidencePacks}), the latest signed checkpoint and the public key.
 */
@Controller
@SealedLogKept
class SealedLogPage {

    private final EvidencePacks packs;
    private final LedgerVerification verification;
    private final Checkpoints checkpoints;
    private final SigningKey key;

    SealedLogPage(EvidencePacks packs, LedgerVerification verification, Checkpoints checkpoints, SigningKey key) {
        this.packs = packs;
        this.verification = verification;
        this.checkpoints = checkpoints;
        this.key = key;
    }

    @PostMapping("/audit/verification")
    public String verifyNow() {
        verification.verifyNow();
        return "redirect:/audit#verification";
    }

    /** A pack of a pilot, of a range of UTC days (both included), or of the whole portfolio. */
    @GetMapping("/audit/evidence-pack")
    public void evidencePack(@RequestParam(required = false) String pilotId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate to,
                             Principal principal, HttpServletResponse response) throws IOException {
        packs.write(EvidenceScope.of(pilotId, startOf(from), to == null ? null : startOf(to.plusDays(1))),
                principal.getName(), response);
    }

    @GetMapping(value = "/audit/checkpoint.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> latestCheckpoint() {
        Checkpoint checkpoint = checkpoints.latest().orElseThrow(NoCheckpointYetException::new);
        return attachment("pilot-ledger-checkpoint-" + checkpoint.events() + ".txt", checkpoint.toText());
    }

    @GetMapping(value = "/audit/public-key.pem", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> publicKey() {
        return attachment("pilot-ledger-public-key-" + key.id() + ".pem", key.publicKeyPem());
    }

    private static ResponseEntity<String> attachment(String fileName, String text) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName).build().toString()).body(text);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
