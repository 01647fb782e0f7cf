package com.pilotledger.verifier;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A whole sealed log in memory, sealed with {@link Sealing} and signed as the application does it, which a test then
 * tampers with as an attacker with write access to the database (and without the signing key) could.
 */
final class MemoryLedger implements LedgerSource {

    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private static final String[] AGGREGATES = {"pilot-a", "pilot-b", "pilot-c"};

    private final KeyPair key = SigningKeys.generate();
    private final TreeMap<Long, EventRow> events = new TreeMap<>();
    private final TreeMap<Long, Seal> seals = new TreeMap<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final List<String> publishedKeys = new ArrayList<>(List.of(SigningKeys.pem(key.getPublic())));
    private final Map<String, Long> sequences = new HashMap<>();
    private long nextGlobalIndex = 1;

    /** Events 1 to count, spread over three aggregates in turn (event 1, 4, 7... is pilot-a's). */
    MemoryLedger append(int count) {
        for (int i = 0; i < count; i++) {
            append(AGGREGATES[(int) ((nextGlobalIndex - 1) % AGGREGATES.length)]);
        }
        return this;
    }

    /** The aggregate's next event. */
    EventRow append(String aggregateId) {
        return append(aggregateId, sequences.getOrDefault(aggregateId, -1L) + 1);
    }

    EventRow append(String aggregateId, long sequenceNumber) {
        EventRow event = event(nextGlobalIndex++, "event-", aggregateId, sequenceNumber);
        sequences.put(aggregateId, sequenceNumber);
        events.put(event.globalIndex(), event);
        return event;
    }

    /** A global index taken by a transaction that rolled back: a hole in the store that stays empty. */
    MemoryLedger skipGlobalIndex() {
        nextGlobalIndex++;
        return this;
    }

    /** Seals every event not sealed yet, in global order, at the end of the chain. */
    MemoryLedger seal() {
        Set<Long> sealed = seals.values().stream().map(Seal::globalIndex).collect(Collectors.toSet());
        events.values().stream().filter(event -> !sealed.contains(event.globalIndex())).toList()
                .forEach(this::sealAtTheEnd);
        return this;
    }

    /** Signs the head: every event up to the highest global index sealed is sealed. */
    Checkpoint checkpoint() {
        Seal head = seals.lastEntry().getValue();
        Checkpoint checkpoint = Checkpoint.sign(head.position(), head.chain(),
                seals.values().stream().mapToLong(Seal::globalIndex).max().orElseThrow(),
                START.plusSeconds(3600 + checkpoints.size()), key.getPrivate(), key.getPublic());
        checkpoints.add(checkpoint);
        return checkpoint;
    }

    PublicKey publicKey() {
        return key.getPublic();
    }

    EventRow event(long globalIndex) {
        return events.get(globalIndex);
    }

    Seal sealAt(long position) {
        return seals.get(position);
    }

    Checkpoint checkpointOf(long events) {
        return checkpoints.stream().filter(checkpoint -> checkpoint.events() == events).findFirst().orElseThrow();
    }

    /** Puts an event into the store, over the one at its global index if there is one. */
    void put(EventRow event) {
        events.put(event.globalIndex(), event);
    }

    void removeEvent(long globalIndex) {
        events.remove(globalIndex);
    }

    void put(Seal seal) {
        seals.put(seal.position(), seal);
    }

    void removeSeal(long position) {
        seals.remove(position);
    }

    /** A seal computed for an event at the end of the chain, as anyone can compute one. */
    Seal sealAtTheEnd(EventRow event) {
        Sealing sealing = new Sealing();
        byte[] leaf = sealing.leaf(event);
        byte[] previous = seals.isEmpty() ? Sealing.GENESIS : seals.lastEntry().getValue().chain();
        Seal seal = new Seal(seals.size() + 1L, event.globalIndex(), event.eventId(), leaf,
                sealing.chain(previous, leaf));
        seals.put(seal.position(), seal);
        return seal;
    }

    /** What an attacker without the signing key can do: recompute every seal from a position on. */
    void resealFrom(long position) {
        Sealing sealing = new Sealing();
        byte[] chain = position == 1 ? Sealing.GENESIS : seals.get(position - 1).chain();
        for (Seal seal : List.copyOf(seals.tailMap(position, true).values())) {
            EventRow event = events.get(seal.globalIndex());
            byte[] leaf = sealing.leaf(event);
            chain = sealing.chain(chain, leaf);
            seals.put(seal.position(), new Seal(seal.position(), event.globalIndex(), event.eventId(), leaf, chain));
        }
    }

    void put(Checkpoint checkpoint) {
        checkpoints.removeIf(other -> other.events() == checkpoint.events());
        checkpoints.add(checkpoint);
    }

    void removeCheckpoint(long events) {
        checkpoints.removeIf(checkpoint -> checkpoint.events() == events);
    }

    void publishOnly(List<String> keys) {
        publishedKeys.clear();
        publishedKeys.addAll(keys);
    }

    /** An event with no place in any aggregate's history yet, as an attacker would write one. */
    static EventRow event(long globalIndex, String idPrefix, String aggregateId, long sequenceNumber) {
        return new EventRow(globalIndex, idPrefix + globalIndex, "Pilot", aggregateId, sequenceNumber,
                START.plusSeconds(globalIndex).toString(), "com.pilotledger.test.SomethingNoted", null,
                ("{\"note\":\"event " + globalIndex + "\",\"amount\":\"" + globalIndex + "00.00\"}")
                        .getBytes(StandardCharsets.UTF_8),
                "{\"actor\":\"ada\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean complete() {
        return true;
    }

    @Override
    public byte[] chainBefore() {
        return Sealing.GENESIS;
    }

    @Override
    public void sealsInChainOrder(Consumer<Seal> consumer) {
        seals.values().forEach(consumer);
    }

    @Override
    public void eventsInGlobalOrder(BiConsumer<EventRow, Seal> pairs) {
        NavigableMap<Long, Seal> byGlobalIndex = new TreeMap<>();
        seals.values().forEach(seal -> byGlobalIndex.put(seal.globalIndex(), seal));
        TreeSet<Long> indexes = new TreeSet<>(events.keySet());
        indexes.addAll(byGlobalIndex.keySet());
        indexes.forEach(index -> pairs.accept(events.get(index), byGlobalIndex.get(index)));
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::events)).toList();
    }

    @Override
    public List<String> publishedKeys() {
        return List.copyOf(publishedKeys);
    }
}
