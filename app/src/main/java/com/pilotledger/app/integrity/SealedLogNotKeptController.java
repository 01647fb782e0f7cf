package com.pilotledger.app.integrity;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Without the sealed log (Axon Server, {@link SealedLogCheck}) its endpoints, of the API and of the audit page, answer
 * 409 {@code SEALED_LOG_NOT_KEPT} rather than 404: the client asked for the right thing, which this deployment does
 * not keep. Left out of the API's description, which describes the endpoints where the log is kept.
 */
@Hidden
@RestController
@ConditionalOnProperty(name = SealedLogKept.SWITCH, havingValue = "false")
class SealedLogNotKeptController {

    @RequestMapping({"/api/integrity/**", "/api/audit/evidence-pack", "/audit/verification", "/audit/evidence-pack",
            "/audit/checkpoint.txt", "/audit/public-key.pem"})
    void notKept() {
        throw new SealedLogNotKeptException();
    }
}
