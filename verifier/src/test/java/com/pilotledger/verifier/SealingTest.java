package com.pilotledger.verifier;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class SealingTest {

    private static final EventRow EVENT = new EventRow(42, "8c1f0a2e-event", "CapitalAccount", "pilot-7", 3,
            "2026-11-30T17:00:00.123Z", "com.pilotledger.api.capital.CapitalCommitted", "2",
            bytes("{\"amount\":\"1500.00\",\"currency\":\"EUR\"}"), bytes("{\"actor\":\"ada\"}"));

    @Test
    void theLeafOfARowIsAlwaysTheSame() {
        byte[] leaf = new Sealing().leaf(EVENT);
        Sealing reused = new Sealing();
        reused.leaf(row(EVENT.globalIndex() + 1, EVENT.eventId(), EVENT.aggregateType(), EVENT.aggregateId(),
                EVENT.sequenceNumber(), EVENT.timeStamp(), EVENT.payloadType(), EVENT.payloadRevision(),
                bytes("something else entirely, to leave the buffer dirty"), EVENT.metaData()));

        assertArrayEquals(leaf, reused.leaf(EVENT));
        assertArrayEquals(leaf, new Sealing().leaf(copy(EVENT)));
        assertEquals(32, leaf.length);
    }

    /** The leaf is the rule written in Sealing's Javadoc, which an auditor may implement again from the text. */
    @Test
    void theLeafIsTheSha256OfTheDocumentedBytes() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected);
        out.write(bytes("pilot-ledger/event/v1"));
        out.writeLong(42);
        lengthPrefixed(out, bytes("8c1f0a2e-event"));
        lengthPrefixed(out, bytes("CapitalAccount"));
        lengthPrefixed(out, bytes("pilot-7"));
        out.writeLong(3);
        lengthPrefixed(out, bytes("2026-11-30T17:00:00.123Z"));
        lengthPrefixed(out, bytes("com.pilotledger.api.capital.CapitalCommitted"));
        lengthPrefixed(out, bytes("2"));
        lengthPrefixed(out, EVENT.payload());
        lengthPrefixed(out, EVENT.metaData());

        assertArrayEquals(sha256(expected.toByteArray()), new Sealing().leaf(EVENT));
    }

    @Test
    void aNullFieldIsWrittenAsLengthMinusOne() throws IOException {
        EventRow withoutMetaData = row(1, "e", null, "a", 0, "t", "p", null, new byte[0], null);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected);
        out.write(bytes("pilot-ledger/event/v1"));
        out.writeLong(1);
        lengthPrefixed(out, bytes("e"));
        out.writeInt(-1);
        lengthPrefixed(out, bytes("a"));
        out.writeLong(0);
        lengthPrefixed(out, bytes("t"));
        lengthPrefixed(out, bytes("p"));
        out.writeInt(-1);
        out.writeInt(0);
        out.writeInt(-1);

        assertArrayEquals(sha256(expected.toByteArray()), new Sealing().leaf(withoutMetaData));
    }

    @Test
    void aChangeToAnyOfTheTenFieldsChangesTheLeaf() {
        Map<String, EventRow> changed = new LinkedHashMap<>();
        changed.put("global index", row(43, EVENT.eventId(), EVENT.aggregateType(), EVENT.aggregateId(),
                EVENT.sequenceNumber(), EVENT.timeStamp(), EVENT.payloadType(), EVENT.payloadRevision(),
                EVENT.payload(), EVENT.metaData()));
        changed.put("event id", row(42, "8c1f0a2e-evenT", EVENT.aggregateType(), EVENT.aggregateId(),
                EVENT.sequenceNumber(), EVENT.timeStamp(), EVENT.payloadType(), EVENT.payloadRevision(),
                EVENT.payload(), EVENT.metaData()));
        changed.put("aggregate type", row(42, EVENT.eventId(), "CapitalAccounT", EVENT.aggregateId(),
                EVENT.sequenceNumber(), EVENT.timeStamp(), EVENT.payloadType(), EVENT.payloadRevision(),
                EVENT.payload(), EVENT.metaData()));
        changed.put("aggregate id", row(42, EVENT.eventId(), EVENT.aggregateType(), "pilot-8",
                EVENT.sequenceNumber(), EVENT.timeStamp(), EVENT.payloadType(), EVENT.payloadRevision(),
                EVENT.payload(), EVENT.metaData()));
        changed.put("sequence number", row(42, EVENT.eventId(), EVENT.aggregateType(), EVENT.aggregateId(),
                4, EVENT.timeStamp(), EVENT.payloadType(), EVENT.payloadRevision(), EVENT.payload(),
                EVENT.metaData()));
        changed.put("time stamp", row(42, EVENT.eventId(), EVENT.aggregateType(), EVENT.aggregateId(),
                EVENT.sequenceNumber(), "2026-11-30T17:00:00.124Z", EVENT.payloadType(), EVENT.payloadRevision(),
                EVENT.payload(), EVENT.metaData()));
        changed.put("payload type", row(42, EVENT.eventId(), EVENT.aggregateType(), EVENT.aggregateId(),
                EVENT.sequenceNumber(), EVENT.timeStamp(), "com.pilotledger.api.capital.CapitalReleased",
                EVENT.payloadRevision(), EVENT.payload(), EVENT.metaData()));
        changed.put("payload revision", row(42, EVENT.eventId(), EVENT.aggregateType(), EVENT.aggregateId(),
                EVENT.sequenceNumber(), EVENT.timeStamp(), EVENT.payloadType(), "3", EVENT.payload(),
                EVENT.metaData()));
        changed.put("payload", row(42, EVENT.eventId(), EVENT.aggregateType(), EVENT.aggregateId(),
                EVENT.sequenceNumber(), EVENT.timeStamp(), EVENT.payloadType(), EVENT.payloadRevision(),
                bytes("{\"amount\":\"1600.00\",\"currency\":\"EUR\"}"), EVENT.metaData()));
        changed.put("metadata", row(42, EVENT.eventId(), EVENT.aggregateType(), EVENT.aggregateId(),
                EVENT.sequenceNumber(), EVENT.timeStamp(), EVENT.payloadType(), EVENT.payloadRevision(),
                EVENT.payload(), bytes("{\"actor\":\"alex\"}")));

        assertEveryLeafDiffers(changed);
    }

    @Test
    void nullAndEmptyAreDifferentInEveryFieldThatMayBeNull() {
        Map<String, EventRow> rows = new LinkedHashMap<>();
        rows.put("aggregate type null", row(1, "e", null, "a", 0, "t", "p", "r", bytes("x"), bytes("m")));
        rows.put("aggregate type empty", row(1, "e", "", "a", 0, "t", "p", "r", bytes("x"), bytes("m")));
        rows.put("payload revision null", row(1, "e", "g", "a", 0, "t", "p", null, bytes("x"), bytes("m")));
        rows.put("payload revision empty", row(1, "e", "g", "a", 0, "t", "p", "", bytes("x"), bytes("m")));
        rows.put("metadata null", row(1, "e", "g", "a", 0, "t", "p", "r", bytes("x"), null));
        rows.put("metadata empty", row(1, "e", "g", "a", 0, "t", "p", "r", bytes("x"), new byte[0]));

        assertEveryLeafDiffers(rows);
    }

    /** Without the length prefixes, "ab" + "c" and "a" + "bc" would hash alike. */
    @Test
    void aByteMovedBetweenAdjacentFieldsChangesTheLeaf() {
        Map<String, EventRow> rows = new LinkedHashMap<>();
        rows.put("event id | aggregate type", row(1, "ab", "c", "a", 0, "t", "p", "r", bytes("x"), bytes("m")));
        rows.put("event id | aggregate type, moved", row(1, "a", "bc", "a", 0, "t", "p", "r", bytes("x"),
                bytes("m")));
        rows.put("aggregate type | aggregate id", row(1, "e", "gh", "i", 0, "t", "p", "r", bytes("x"), bytes("m")));
        rows.put("aggregate type | aggregate id, moved", row(1, "e", "g", "hi", 0, "t", "p", "r", bytes("x"),
                bytes("m")));
        rows.put("payload type | payload revision", row(1, "e", "g", "a", 0, "t", "p1", "2", bytes("x"),
                bytes("m")));
        rows.put("payload type | payload revision, moved", row(1, "e", "g", "a", 0, "t", "p", "12", bytes("x"),
                bytes("m")));
        rows.put("payload revision | payload", row(1, "e", "g", "a", 0, "t", "p", "r{", bytes("}"), bytes("m")));
        rows.put("payload revision | payload, moved", row(1, "e", "g", "a", 0, "t", "p", "r", bytes("{}"),
                bytes("m")));
        rows.put("payload | metadata", row(1, "e", "g", "a", 0, "t", "p", "r", bytes("{}{"), bytes("}")));
        rows.put("payload | metadata, moved", row(1, "e", "g", "a", 0, "t", "p", "r", bytes("{}"), bytes("{}")));

        assertEveryLeafDiffers(rows);
    }

    @Test
    void theChainDependsOnTheOrderOfTheLeavesAndOnWhereItStarts() {
        Sealing sealing = new Sealing();
        byte[] first = sealing.leaf(EVENT);
        byte[] second = sealing.leaf(row(43, "next", null, "pilot-7", 4, "t", "p", null, bytes("{}"), null));

        byte[] inOrder = sealing.chain(sealing.chain(Sealing.GENESIS, first), second);
        byte[] swapped = sealing.chain(sealing.chain(Sealing.GENESIS, second), first);
        byte[] elsewhere = sealing.chain(sealing.chain(sealing.chain(Sealing.GENESIS, first), first), second);

        assertFalse(Arrays.equals(inOrder, swapped));
        assertFalse(Arrays.equals(inOrder, elsewhere));
        assertArrayEquals(inOrder, new Sealing().chain(new Sealing().chain(Sealing.GENESIS, first), second));
    }

    @Test
    void theChainIsTheSha256OfItsTagThePreviousChainAndTheLeaf() {
        byte[] leaf = new Sealing().leaf(EVENT);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(bytes("pilot-ledger/chain/v1"));
        expected.writeBytes(new byte[32]);
        expected.writeBytes(leaf);

        assertArrayEquals(sha256(expected.toByteArray()), new Sealing().chain(Sealing.GENESIS, leaf));
    }

    private static void assertEveryLeafDiffers(Map<String, EventRow> rows) {
        Map<String, String> byLeaf = new LinkedHashMap<>();
        byLeaf.put(HexFormat.of().formatHex(new Sealing().leaf(EVENT)), "the original");
        Sealing sealing = new Sealing();
        rows.forEach((name, row) -> {
            String other = byLeaf.put(HexFormat.of().formatHex(sealing.leaf(row)), name);
            assertNull(other, name + " has the same leaf as " + other);
        });
    }

    private static void lengthPrefixed(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    private static EventRow row(long globalIndex, String eventId, String aggregateType, String aggregateId,
                                long sequenceNumber, String timeStamp, String payloadType, String payloadRevision,
                                byte[] payload, byte[] metaData) {
        return new EventRow(globalIndex, eventId, aggregateType, aggregateId, sequenceNumber, timeStamp, payloadType,
                payloadRevision, payload, metaData);
    }

    private static EventRow copy(EventRow event) {
        return row(event.globalIndex(), event.eventId(), event.aggregateType(), event.aggregateId(),
                event.sequenceNumber(), event.timeStamp(), event.payloadType(), event.payloadRevision(),
                event.payload().clone(), event.metaData().clone());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
