package com.pilotledger.app.evidence;

import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WithinTime;
import com.pilotledger.app.integrity.SealedLogKept;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/**
 * The auditor's evidence pack as a zip: of one pilot ({@code pilotId}), of a period ({@code from} inclusive, {@code to}
 * exclusive, ISO-8601 instants), or of the whole portfolio (no parameter). Verified offline with
 * {@code java -jar pilot-ledger-verifier.jar --pack FILE.zip --public-key KEY.pem}.
 */
@RestController
@SealedLogKept
@Tag(name = "Audit")
class EvidencePackController {

    private final EvidencePacks packs;

    EvidencePackController(EvidencePacks packs) {
        this.packs = packs;
    }

    @GetMapping("/api/audit/evidence-pack")
    @Operation(summary = "An evidence pack (zip) of a pilot, a period or the whole portfolio (auditors and administrators)")
    void evidencePack(@RequestParam(required = false) @LineOfText(max = IDENTIFIER) String pilotId,
                      @RequestParam(required = false) @WithinTime Instant from,
                      @RequestParam(required = false) @WithinTime Instant to,
                      Principal principal, HttpServletResponse response) throws IOException {
        packs.write(EvidenceScope.of(pilotId, from, to), principal.getName(), response);
    }
}
