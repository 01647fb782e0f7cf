package com.pilotledger.app.web;

import com.pilotledger.app.integrity.IntegrityCheck;
import com.pilotledger.verifier.VerificationReport;

import java.time.Instant;
import java.util.Optional;

/**
 * The latest verification of the sealed log, as the audit page says it: verified up to event N at a time, a failure
 * with the first thing found wrong, not run yet, or no sealed log kept (Axon Server).
 *
 * @param state      {@code VERIFIED}, {@code FAILED}, {@code NOT_RUN} or {@code NOT_KEPT}
 * @param checkedAt  null when not run
 * @param verifiedUpTo the events vouched for by the latest intact signed checkpoint
 * @param finding    why it failed, in the verifier's words; null unless failed
 */
public record VerificationStatus(String state, Instant checkedAt, long verifiedUpTo, String finding) {

    static final VerificationStatus NOT_KEPT = new VerificationStatus("NOT_KEPT", null, 0, null);

    static VerificationStatus of(Optional<IntegrityCheck> latest) {
        if (latest.isEmpty()) {
            return new VerificationStatus("NOT_RUN", null, 0, null);
        }
        IntegrityCheck check = latest.get();
        VerificationReport report = check.report();
        if (report == null) {
            return new VerificationStatus("FAILED", check.checkedAt(), 0, "The log could not be read: "
                    + check.failure());
        }
        if (check.passed()) {
            return new VerificationStatus("VERIFIED", check.checkedAt(), report.verifiedUpTo(), null);
        }
        return new VerificationStatus("FAILED", check.checkedAt(), report.verifiedUpTo(), report.intact()
                ? report.authority().violations().size() + " authorization(s) exceeded authority"
                : report.firstFinding().toText());
    }

    public boolean verified() {
        return state.equals("VERIFIED");
    }

    public boolean failed() {
        return state.equals("FAILED");
    }

    public boolean kept() {
        return !state.equals("NOT_KEPT");
    }
}
