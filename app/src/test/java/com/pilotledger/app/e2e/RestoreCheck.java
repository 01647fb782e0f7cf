package com.pilotledger.app.e2e;

import com.pilotledger.app.integrity.EventSealer;
import com.pilotledger.app.projection.ProjectionCatchUp;
import com.pilotledger.app.projection.ProjectionRebuild;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps a backup test takes around its backup, whichever the store: what the ledger holds when it is backed up,
 * a change after it, and what the restored copy must be (docs/operations.md, "After a restore").
 */
final class RestoreCheck {

    private RestoreCheck() {
    }

    /**
     * The ledger as the backup will hold it: with an {@code Idempotency-Key} answer among its rows, and everything
     * sealed and signed, so that nothing changes in the store until the next command.
     */
    static LedgerContents beforeTheBackup(RunningLedger ledger) {
        assertThat(ledger.client().post("pam", "/api/pilots", registration("Returns triage", "Stores", "owen",
                "120000.00"), Map.of("Idempotency-Key", "before-the-backup")).status()).isEqualTo(201);
        ledger.bean(EventSealer.class).checkpointNow();
        LedgerContents contents = LedgerContents.of(ledger);
        contents.assertHoldsAWholeLedger();
        return contents;
    }

    /** A pilot registered once the backup is taken, which the restored copy must not have; its address. */
    static String afterTheBackup(RunningLedger ledger, LedgerContents atBackup) {
        String pilot = ledger.client().post("pam", "/api/pilots", registration("Registered after the backup",
                "Stores", "owen", "80000.00")).header("Location");
        assertThat(ledger.eventCount()).isGreaterThan(atBackup.events());
        return pilot;
    }

    /**
     * A copy of a ledger backed up while clients were at work holds one state of it: some of the events stored while
     * the backup was taken, and views and tokens that agree with them (caught up, they are what a rebuild from the
     * copy's events gives); its sealed log verifies, every aggregate's sequence whole.
     */
    static void assertOneConsistentState(RunningLedger restored, long eventsBefore, long eventsAfter) {
        assertThat(restored.eventCount()).as("events in the copy").isBetween(eventsBefore, eventsAfter);
        restored.awaitClaimsOfOthersLapsed(Duration.ofSeconds(30));
        assertThat(restored.bean(ProjectionCatchUp.class).awaitCurrentHead(Duration.ofSeconds(30))).isTrue();
        restored.bean(EventSealer.class).checkpointNow();
        JsonNode verification = restored.client().post("ada", "/api/integrity/verification", "").body();
        assertThat(verification.at("/status").asString()).as(verification.toString()).isEqualTo("INTACT");
        assertThat(verification.at("/events").asLong()).isEqualTo(restored.eventCount());
        LedgerContents caughtUp = LedgerContents.of(restored);
        assertThat(restored.bean(ProjectionRebuild.class).rebuildAll(Duration.ofSeconds(60))).isTrue();
        assertThat(LedgerContents.of(restored)).isEqualTo(caughtUp);
    }

    /**
     * The restored copy is the ledger at the backup, table for table and view for view, without what came after; its
     * sealed log verifies, and its views rebuilt from its events are the same again.
     */
    static void assertRestored(RunningLedger restored, LedgerContents atBackup, String pilotAfterTheBackup) {
        assertThat(LedgerContents.of(restored)).isEqualTo(atBackup);
        assertThat(restored.client().get("ada", pilotAfterTheBackup).status()).isEqualTo(404);
        JsonNode verification = restored.client().post("ada", "/api/integrity/verification", "").body();
        assertThat(verification.at("/status").asString()).as(verification.toString()).isEqualTo("INTACT");
        assertThat(verification.at("/events").asLong()).isEqualTo(atBackup.events());
        restored.awaitClaimsOfOthersLapsed(Duration.ofSeconds(30));
        assertThat(restored.bean(ProjectionRebuild.class).rebuildAll(Duration.ofSeconds(60))).isTrue();
        assertThat(LedgerContents.of(restored)).isEqualTo(atBackup);
    }
}
