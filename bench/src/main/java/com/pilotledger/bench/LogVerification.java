package com.pilotledger.bench;

import com.pilotledger.app.integrity.EventSealer;
import com.pilotledger.app.integrity.IntegrityCheck;
import com.pilotledger.app.integrity.LedgerVerification;

/**
 * S6: the application's own verification of the whole sealed log ({@link LedgerVerification#verifyNow()}: the
 * auditors' verifier over the database in one read-only repeatable-read transaction, as on the audit page and before
 * every rebuild), once every event is sealed. Its rate is compared with the ordered read of the events, the least any
 * verification must do. A log that fails verification ends the run: the figures would be of something broken.
 */
final class LogVerification {

    private LogVerification() {
    }

    static void measure(LedgerInstance ledger, BenchReport report) {
        long unsealed = ledger.bean(EventSealer.class).sealNow();
        IntegrityCheck check = ledger.bean(LedgerVerification.class).verifyNow();
        if (!check.passed()) {
            throw new IllegalStateException("The sealed log failed verification: " + (check.report() == null
                    ? check.failure() : check.report().toText()));
        }
        long events = check.report().events();
        double seconds = check.took().toNanos() / 1e9;
        double perSecond = events / seconds;
        report.figure("S6", "events left unsealed before verifying (sealed first)", unsealed, "events");
        report.figure("S6", "verification of the whole log: " + events + " events, " + check.report().seals()
                + " seals", seconds, "s");
        report.figure("S6", "events verified per second", perSecond, "events/s");
        report.figure("S6", "fraction of the ceiling: ordered read", perSecond
                / report.ceilingRate(DatabaseCeiling.ORDERED_READ), "");
        report.figure("S6", "a million events at this rate", 1_000_000 / perSecond, "s");
        // A violation ends the run as well (the check would not have passed); the count says what was checked.
        report.figure("S6", "authorizations checked by the authority proof",
                check.report().authority().authorizations(), "authorizations");
        report.figure("S6", "authority violations", check.report().authority().violations().size(), "violations");
    }
}
