package com.pilotledger.app.integrity;

import com.pilotledger.verifier.VerificationReport;

import java.time.Duration;
import java.time.Instant;

/**
 * One verification of the whole log by the application: when it ran, how long it took, and the verifier's report;
 * or, when the log could not even be read, why ({@code report} null).
 */
public record IntegrityCheck(Instant checkedAt, Duration took, VerificationReport report, String failure) {

    /** Intact, and every authorization within authority. */
    public boolean passed() {
        return report != null && report.exitCode() == 0;
    }
}
