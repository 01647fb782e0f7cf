package com.pilotledger.app.projection;

import com.pilotledger.app.integrity.IntegrityCheck;

/** A rebuild was refused: the event log it would replay failed verification, or could not be verified. */
public class HistoryFailsVerificationException extends RuntimeException {

    public HistoryFailsVerificationException(IntegrityCheck check) {
        super("The views are not rebuilt from a history that fails verification: " + (check.report() == null
                ? "it could not be verified (" + check.failure() + ")"
                : check.report().firstFinding().toText()) + ". See docs/integrity.md.");
    }
}
