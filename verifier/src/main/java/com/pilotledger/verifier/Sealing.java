package com.pilotledger.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How an event is sealed, in one place for the application (which seals) and the verifier (which recomputes):
 * <pre>
 *   leaf  = SHA-256("pilot-ledger/event/v1" | global index | event id | aggregate type | aggregate id
 *                   | sequence number | time stamp | payload type | payload revision | payload | metadata)
 *   chain = SHA-256("pilot-ledger/chain/v1" | previous chain | leaf), the previous chain of the first seal being
 *           32 zero bytes
 * </pre>
 * Numbers are 8 bytes big-endian; every text (UTF-8) and byte field is preceded by its length in 4 bytes big-endian,
 * or by -1 when it is null, so no two different rows have the same bytes. The global index is part of the leaf, so
 * moving an event to another place in the global order breaks its seal like any other change.
 * <p>
 * Not thread-safe: one instance per thread.
 */
public final class Sealing {

    /** The chain value before the first seal. */
    public static final byte[] GENESIS = new byte[32];

    private static final byte[] LEAF_TAG = "pilot-ledger/event/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHAIN_TAG = "pilot-ledger/chain/v1".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest sha256;
    /** One number or length at a time, big-endian; every field goes straight into the digest, nothing is copied. */
    private final ByteBuffer word = ByteBuffer.allocate(Long.BYTES);

    public Sealing() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public byte[] leaf(EventRow event) {
        sha256.update(LEAF_TAG);
        number(event.globalIndex());
        text(event.eventId());
        text(event.aggregateType());
        text(event.aggregateId());
        number(event.sequenceNumber());
        text(event.timeStamp());
        text(event.payloadType());
        text(event.payloadRevision());
        bytes(event.payload());
        bytes(event.metaData());
        return sha256.digest();
    }

    public byte[] chain(byte[] previous, byte[] leaf) {
        sha256.update(CHAIN_TAG);
        sha256.update(previous);
        sha256.update(leaf);
        return sha256.digest();
    }

    private void number(long value) {
        sha256.update(word.clear().putLong(value).array(), 0, Long.BYTES);
    }

    private void text(String value) {
        bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] value) {
        sha256.update(word.clear().putInt(value == null ? -1 : value.length).array(), 0, Integer.BYTES);
        if (value != null) {
            sha256.update(value);
        }
    }
}
