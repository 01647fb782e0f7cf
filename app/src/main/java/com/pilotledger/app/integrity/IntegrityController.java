package com.pilotledger.app.integrity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * What auditors copy out of the system to verify it later without trusting it: the public key, the signed
 * checkpoints (the latest also as a file), and the application's own latest verification, which auditors and
 * administrators can run again at once.
 */
@RestController
@SealedLogKept
@Validated
@RequestMapping("/api/integrity")
class IntegrityController {

    private final SigningKey key;
    private final Checkpoints checkpoints;
    private final LedgerVerification verification;

    IntegrityController(SigningKey key, Checkpoints checkpoints, LedgerVerification verification) {
        this.key = key;
        this.checkpoints = checkpoints;
        this.verification = verification;
    }

    @GetMapping(value = "/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    String publicKey() {
        return key.publicKeyPem();
    }

    @GetMapping("/checkpoints")
    List<CheckpointResponse> checkpoints(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return checkpoints.newestFirst(limit).stream().map(CheckpointResponse::of).toList();
    }

    @GetMapping("/checkpoints/latest")
    CheckpointResponse latest() {
        return checkpoints.latest().map(CheckpointResponse::of).orElseThrow(NoCheckpointYetException::new);
    }

    /** The latest checkpoint as the file an auditor keeps and later passes to the verifier's --checkpoint. */
    @GetMapping(value = "/checkpoints/latest.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> latestFile() {
        var checkpoint = checkpoints.latest().orElseThrow(NoCheckpointYetException::new);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("pilot-ledger-checkpoint-" + checkpoint.events() + ".txt").build().toString())
                .body(checkpoint.toText());
    }

    @GetMapping("/verification")
    VerificationResponse latestVerification() {
        return verification.latest().map(VerificationResponse::of).orElseGet(VerificationResponse::notRun);
    }

    @PostMapping("/verification")
    VerificationResponse verifyNow() {
        return VerificationResponse.of(verification.verifyNow());
    }
}
