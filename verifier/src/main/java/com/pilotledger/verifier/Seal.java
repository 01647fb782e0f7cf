package com.pilotledger.verifier;

/**
 * One link of the sealed log: the position-th event sealed (1, 2, 3... in the order events were sealed), the event it
 * seals (its global index and id), the SHA-256 of that event's canonical bytes ({@code leaf}), and the chain hash
 * that binds it to every seal before it ({@code chain}).
 */
public record Seal(long position, long globalIndex, String eventId, byte[] leaf, byte[] chain) {
}
