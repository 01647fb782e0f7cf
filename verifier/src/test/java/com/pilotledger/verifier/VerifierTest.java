package com.pilotledger.verifier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifierTest {

    /** Nine events of three pilots, sealed in three rounds with a checkpoint after each: at 3, 6 and 9 seals. */
    private MemoryLedger ledger;

    @BeforeEach
    void sealNineEventsInThreeRounds() {
        ledger = new MemoryLedger();
        for (int round = 0; round < 3; round++) {
            ledger.append(3).seal().checkpoint();
        }
    }

    @Test
    void anUntouchedLogIsIntactAndVouchedForByItsLatestCheckpoint() {
        VerificationReport report = verify();

        assertIntact(report);
        assertEquals(0, report.exitCode());
        assertEquals(9, report.seals());
        assertEquals(9, report.events());
        assertEquals(0, report.pendingEvents());
        assertEquals(ledger.checkpointOf(9), report.latestCheckpoint());
        assertEquals(9, report.verifiedUpTo());
        assertFalse(report.keysFromSource());
        assertTrue(report.toText().startsWith("Pilot Ledger verification\n\nINTACT: 9 seals recomputed, 9 events"
                + " match their seals, every aggregate's sequence is whole.\nVerified up to event 9 by the "
                + ledger.checkpointOf(9)), report.toText());
        assertTrue(report.toText().contains(", given to the verifier rather than taken from the source.\n"), report.toText());
    }

    @Test
    void aChangedPayloadIsAnAlteredEventNamedAtItsPlace() {
        EventRow original = ledger.event(5);
        ledger.put(withPayload(original, "{\"note\":\"event 5\",\"amount\":\"900.00\"}"));

        VerificationReport report = verify();

        assertOnly(report, Problem.EVENT_ALTERED, 5, 5, "event-5");
        assertTrue(report.firstFinding().detail().contains("payload, metadata or another column was changed"));
        assertEquals(1, report.exitCode());
    }

    @Test
    void anotherEventStandingAtASealedPlaceIsAnAlteredEvent() {
        EventRow original = ledger.event(5);
        ledger.put(new EventRow(5, "event-forged", original.aggregateType(), original.aggregateId(),
                original.sequenceNumber(), original.timeStamp(), original.payloadType(), original.payloadRevision(),
                original.payload(), original.metaData()));

        VerificationReport report = verify();

        assertOnly(report, Problem.EVENT_ALTERED, 5, 5, "event-forged");
        assertTrue(report.firstFinding().detail().startsWith("event event-5 was sealed at this place"));
    }

    @Test
    void theReportLeadsWithBrokenAndTheFirstFinding() {
        ledger.put(withPayload(ledger.event(5), "{}"));
        ledger.put(withPayload(ledger.event(7), "{}"));

        VerificationReport report = verify();

        String[] lines = report.toText().split("\n");
        assertEquals("Pilot Ledger verification", lines[0]);
        assertEquals("BROKEN: " + report.firstFinding().toText(), lines[2]);
        assertTrue(lines[2].startsWith("BROKEN: altered event at global index 5 (seal 5), event event-5: "),
                lines[2]);
        assertTrue(report.toText().contains("\n2 findings:\n- altered event at global index 5"), report.toText());
        assertTrue(report.toText().contains("\n- altered event at global index 7 (seal 7)"), report.toText());
    }

    @Test
    void aRemovedEventIsMissingAndBreaksItsAggregatesSequence() {
        ledger.removeEvent(5);

        VerificationReport report = verify();

        assertEquals(2, report.findingsTotal(), report.toText());
        assertNames(report.findings().get(0), Problem.EVENT_MISSING, 5, 5, "event-5");
        assertNames(report.findings().get(1), Problem.SEQUENCE_BROKEN, 0, 8, "event-8");
        assertTrue(report.findings().get(1).detail().contains("pilot-b goes from sequence 0 to 2: events 1 to 1"
                + " are missing"), report.findings().get(1).detail());
    }

    @Test
    void anEventPutIntoAHoleBelowTheSignedSealedThroughIsUnsealed() {
        MemoryLedger withHole = new MemoryLedger();
        withHole.append(2);
        withHole.skipGlobalIndex().append(2);
        withHole.seal().checkpoint();
        withHole.put(MemoryLedger.event(3, "slipped-in-", "pilot-z", 0));

        VerificationReport report = new Verifier(List.of(withHole.publicKey()), List.of()).verify(withHole);

        assertOnly(report, Problem.EVENT_UNSEALED, 0, 3, "slipped-in-3");
        assertTrue(report.firstFinding().detail().contains("every event up to global index 5 sealed"),
                report.firstFinding().detail());
        assertEquals(0, report.pendingEvents());
    }

    /** The sealer seals only above sealed-through: a seal after a checkpoint for an index below it is forged. */
    @Test
    void anEventPutIntoAHoleBelowTheSignedSealedThroughAndSealedAtTheEndIsNamed() {
        MemoryLedger withHole = new MemoryLedger();
        withHole.append(2);
        withHole.skipGlobalIndex().append(2);
        withHole.seal().checkpoint();
        EventRow slippedIn = MemoryLedger.event(3, "slipped-in-", "pilot-z", 0);
        withHole.put(slippedIn);
        withHole.sealAtTheEnd(slippedIn);

        VerificationReport report = new Verifier(List.of(withHole.publicKey()), List.of()).verify(withHole);

        assertOnly(report, Problem.EVENT_UNSEALED, 5, 3, "slipped-in-3");
    }

    @Test
    void eventsAfterTheLatestCheckpointArePendingNotUnsealed() {
        ledger.append(2);
        ledger.seal();
        ledger.append(3);

        VerificationReport report = verify();

        assertIntact(report);
        assertEquals(11, report.seals());
        assertEquals(14, report.events());
        assertEquals(3, report.pendingEvents());
        assertTrue(report.toText().contains("\n2 seals after it are consistent but not signed yet.\n"
                + "3 newest events are not sealed yet.\n"), report.toText());
    }

    @Test
    void aChangedChainValueBreaksTheChainAtThatSeal() {
        Seal seal = ledger.sealAt(4);
        ledger.put(new Seal(4, seal.globalIndex(), seal.eventId(), seal.leaf(), flipFirstBit(seal.chain())));

        VerificationReport report = verify();

        assertOnly(report, Problem.CHAIN_BROKEN, 4, 4, "event-4");
        assertTrue(report.firstFinding().detail().contains("does not follow from the seals before it"));
        assertEquals(ledger.checkpointOf(9), report.latestCheckpoint(), "the leaves still end in the signed head");
    }

    @Test
    void aChangedLeafInASealBreaksTheChainAndNoLongerMatchesItsEvent() {
        Seal seal = ledger.sealAt(4);
        ledger.put(new Seal(4, seal.globalIndex(), seal.eventId(), flipFirstBit(seal.leaf()), seal.chain()));

        VerificationReport report = verify();

        assertNames(report.firstFinding(), Problem.CHAIN_BROKEN, 4, 4, "event-4");
        assertTrue(report.findings().stream().anyMatch(finding -> finding.problem() == Problem.EVENT_ALTERED
                && finding.globalIndex() == 4), report.toText());
    }

    @Test
    void aMissingSealBreaksTheChainWhereTheGapIs() {
        ledger.removeSeal(5);

        VerificationReport report = verify();

        assertNames(report.firstFinding(), Problem.CHAIN_BROKEN, 6, 6, "event-6");
        assertEquals("seal 6 follows seal 4: the seals between are missing", report.firstFinding().detail());
        assertEquals(1, report.exitCode());
    }

    @Test
    void aChainWithoutItsFirstSealIsBroken() {
        ledger.removeSeal(1);

        VerificationReport report = verify();

        assertNames(report.firstFinding(), Problem.CHAIN_BROKEN, 2, 2, "event-2");
        assertEquals("the chain starts at seal 2: seals 1 to 1 are missing", report.firstFinding().detail());
    }

    @Test
    void aSkippedSequenceNumberIsABrokenSequence() {
        MemoryLedger skipping = new MemoryLedger();
        skipping.append("pilot-a", 0);
        skipping.append("pilot-a", 1);
        skipping.append("pilot-a", 3);
        skipping.seal().checkpoint();

        VerificationReport report = new Verifier(List.of(skipping.publicKey()), List.of()).verify(skipping);

        assertOnly(report, Problem.SEQUENCE_BROKEN, 0, 3, "event-3");
        assertEquals("aggregate pilot-a goes from sequence 1 to 3: events 2 to 2 are missing",
                report.firstFinding().detail());
    }

    @Test
    void aRepeatedOrLateStartingSequenceIsABrokenSequence() {
        MemoryLedger repeating = new MemoryLedger();
        repeating.append("pilot-a", 0);
        repeating.append("pilot-a", 0);
        repeating.append("pilot-b", 1);
        repeating.seal().checkpoint();

        VerificationReport report = new Verifier(List.of(repeating.publicKey()), List.of()).verify(repeating);

        assertEquals(2, report.findingsTotal(), report.toText());
        assertNames(report.findings().get(0), Problem.SEQUENCE_BROKEN, 0, 2, "event-2");
        assertTrue(report.findings().get(0).detail().endsWith("from sequence 0 to 0: out of order or repeated"));
        assertNames(report.findings().get(1), Problem.SEQUENCE_BROKEN, 0, 3, "event-3");
        assertTrue(report.findings().get(1).detail().endsWith("from sequence (none) to 1: events 0 to 0 are missing"),
                report.findings().get(1).detail());
    }

    @Test
    void aCheckpointChangedAfterSigningIsForged() {
        Checkpoint signed = ledger.checkpointOf(6);
        ledger.put(new Checkpoint(6, signed.head(), signed.sealedThrough() + 1, signed.signedAt(), signed.key(),
                signed.signature()));

        VerificationReport report = verify();

        assertOnly(report, Problem.CHECKPOINT_FORGED, 6, 0, null);
        assertTrue(report.firstFinding().detail().contains("does not carry a valid signature of key "
                + SigningKeys.keyId(ledger.publicKey())), report.firstFinding().detail());
        assertEquals(ledger.checkpointOf(9), report.latestCheckpoint());
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsForged() {
        KeyPair attacker = SigningKeys.generate();
        Seal head = ledger.sealAt(9);
        ledger.put(Checkpoint.sign(9, head.chain(), 9, ledger.checkpointOf(9).signedAt(), attacker.getPrivate(),
                attacker.getPublic()));

        VerificationReport report = verify();

        assertOnly(report, Problem.CHECKPOINT_FORGED, 9, 0, null);
        assertEquals(ledger.checkpointOf(6), report.latestCheckpoint());
    }

    @Test
    void aKeptCheckpointNotSignedByTheKeyIsForged() {
        KeyPair attacker = SigningKeys.generate();
        Checkpoint kept = Checkpoint.sign(9, ledger.sealAt(9).chain(), 9, ledger.checkpointOf(9).signedAt(),
                attacker.getPrivate(), attacker.getPublic());

        VerificationReport report = new Verifier(List.of(ledger.publicKey()), List.of(kept)).verify(ledger);

        assertOnly(report, Problem.CHECKPOINT_FORGED, 9, 0, null);
        assertTrue(report.firstFinding().detail().startsWith("your kept checkpoint of 9 events"));
    }

    @Test
    void sealsRecomputedFromTheFirstSealAfterACheckpointContradictTheNext() {
        ledger.put(withPayload(ledger.event(4), "{\"note\":\"event 4\",\"amount\":\"0.00\"}"));
        ledger.resealFrom(4);

        VerificationReport report = verify();

        assertOnly(report, Problem.CHECKPOINT_CONTRADICTED, 4, 4, "event-4");
        assertTrue(report.firstFinding().detail().startsWith("the seals from 4 to 6 no longer end in the head of"
                + " the checkpoint of 6 events"), report.firstFinding().detail());
        assertEquals(ledger.checkpointOf(3), report.latestCheckpoint());
    }

    @Test
    void sealsRecomputedWithinAStretchNameTheStretchFromItsStart() {
        ledger.put(withPayload(ledger.event(5), "{\"note\":\"event 5\",\"amount\":\"0.00\"}"));
        ledger.resealFrom(5);

        VerificationReport report = verify();

        assertOnly(report, Problem.CHECKPOINT_CONTRADICTED, 4, 4, "event-4");
        assertTrue(report.firstFinding().detail().startsWith("the seals from 4 to 6 "));
    }

    @Test
    void sealsRecomputedAfterAKeptCheckpointDoNotExtendIt() {
        Checkpoint kept = Checkpoint.parse(ledger.checkpointOf(9).toText());
        ledger.put(withPayload(ledger.event(8), "{}"));
        ledger.resealFrom(8);
        ledger.removeCheckpoint(9);

        VerificationReport report = new Verifier(List.of(ledger.publicKey()), List.of(kept)).verify(ledger);

        assertOnly(report, Problem.CHECKPOINT_CONTRADICTED, 7, 7, "event-7");
        assertTrue(report.firstFinding().detail().contains("your kept checkpoint of 9 events"));
        assertEquals(List.of("today's log does NOT extend your " + kept), report.keptResults());
    }

    @Test
    void aKeptCheckpointIsExtendedByAnUntouchedLog() {
        Checkpoint kept = Checkpoint.parse(ledger.checkpointOf(6).toText());
        ledger.append(2);
        ledger.seal();

        VerificationReport report = new Verifier(List.of(ledger.publicKey()), List.of(kept)).verify(ledger);

        assertIntact(report);
        assertEquals(List.of("today's log extends your checkpoint of 6 events signed at " + kept.signedAt()),
                report.keptResults());
        assertTrue(report.toText().contains("\ntoday's log extends your checkpoint of 6 events"), report.toText());
    }

    @Test
    void aCleanCutAtTheTailIsSeenOnlyAgainstAKeptCheckpoint() {
        Checkpoint kept = Checkpoint.parse(ledger.checkpointOf(9).toText());
        for (long last = 8; last <= 9; last++) {
            ledger.removeEvent(last);
            ledger.removeSeal(last);
        }
        ledger.removeCheckpoint(9);

        assertIntact(verify());

        VerificationReport report = new Verifier(List.of(ledger.publicKey()), List.of(kept)).verify(ledger);
        assertOnly(report, Problem.LOG_TRUNCATED, 8, 0, null);
        assertTrue(report.firstFinding().detail().endsWith("the log holds 7: the last 2 were removed"),
                report.firstFinding().detail());
        assertEquals(List.of("today's log does NOT extend your " + kept), report.keptResults());
        assertEquals(1, report.exitCode());
    }

    @Test
    void aCheckpointLeftBehindACutTailShowsTheTruncation() {
        for (long last = 8; last <= 9; last++) {
            ledger.removeEvent(last);
            ledger.removeSeal(last);
        }

        VerificationReport report = verify();

        assertOnly(report, Problem.LOG_TRUNCATED, 8, 0, null);
        assertTrue(report.firstFinding().detail().startsWith("the checkpoint of 9 events"));
    }

    @Test
    void withoutAKeyGivenThePublishedKeysAreUsedAndTheReportSaysSo() {
        VerificationReport report = new Verifier(List.of(), List.of()).verify(ledger);

        assertIntact(report);
        assertTrue(report.keysFromSource());
        assertEquals(ledger.checkpointOf(9), report.latestCheckpoint());
        assertTrue(report.toText().contains("Checkpoints checked against key " + SigningKeys.keyId(ledger.publicKey())
                + " as published by the source itself"), report.toText());
    }

    @Test
    void withoutAKeyGivenOrPublishedNoCheckpointIsSigned() {
        ledger.publishOnly(List.of());

        VerificationReport report = new Verifier(List.of(), List.of()).verify(ledger);

        assertEquals(3, report.findingsTotal(), report.toText());
        assertTrue(report.findings().stream().allMatch(finding -> finding.problem() == Problem.CHECKPOINT_FORGED
                && finding.detail().endsWith("no public key (none was given or published)")), report.toText());
        assertNull(report.latestCheckpoint());
    }

    @Test
    void aWhollyEmptiedStoreListsTheFirstThousandFindingsAndCountsAll() {
        MemoryLedger emptied = new MemoryLedger();
        emptied.append(1500).seal();
        for (long index = 1; index <= 1500; index++) {
            emptied.removeEvent(index);
        }

        VerificationReport report = new Verifier(List.of(emptied.publicKey()), List.of()).verify(emptied);

        assertEquals(1500, report.findingsTotal());
        assertEquals(1000, report.findings().size());
        assertNames(report.findings().get(999), Problem.EVENT_MISSING, 1000, 1000, "event-1000");
        assertTrue(report.toText().contains("\n1500 findings (the first 1000 listed):\n"), report.toText());
        assertEquals(1000, report.toText().lines().filter(line -> line.startsWith("- ")).count());
    }

    private VerificationReport verify() {
        return new Verifier(List.of(ledger.publicKey()), List.of()).verify(ledger);
    }

    private static void assertIntact(VerificationReport report) {
        assertTrue(report.intact(), report.toText());
        assertTrue(report.findings().isEmpty());
    }

    private static void assertOnly(VerificationReport report, Problem problem, long position, long globalIndex,
                                   String eventId) {
        assertEquals(1, report.findingsTotal(), report.toText());
        assertNames(report.firstFinding(), problem, position, globalIndex, eventId);
        assertTrue(report.toText().contains("\nBROKEN: " + report.firstFinding().toText() + "\n"), report.toText());
    }

    private static void assertNames(Finding finding, Problem problem, long position, long globalIndex,
                                    String eventId) {
        assertEquals(problem, finding.problem(), finding.toText());
        assertEquals(position, finding.position(), finding.toText());
        assertEquals(globalIndex, finding.globalIndex(), finding.toText());
        assertEquals(eventId, finding.eventId(), finding.toText());
    }

    private static EventRow withPayload(EventRow event, String payload) {
        return new EventRow(event.globalIndex(), event.eventId(), event.aggregateType(), event.aggregateId(),
                event.sequenceNumber(), event.timeStamp(), event.payloadType(), event.payloadRevision(),
                payload.getBytes(StandardCharsets.UTF_8), event.metaData());
    }

    private static byte[] flipFirstBit(byte[] bytes) {
        byte[] flipped = bytes.clone();
        flipped[0] ^= 1;
        return flipped;
    }
}
