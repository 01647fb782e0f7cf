package com.pilotledger.verifier;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where the verifier reads a sealed log: the database itself ({@link JdbcLedger}) or an evidence pack. Nothing it
 * gives is trusted: every seal is recomputed, every checkpoint checked against the auditor's public key.
 */
public interface LedgerSource {

    /** Whether the source holds every sealed event (the database), or only some of them (a pack for one pilot). */
    boolean complete();

    /** The chain value before the first seal this source gives: {@link Sealing#GENESIS} for the whole log. */
    byte[] chainBefore();

    /** The seals, in chain order (position ascending). */
    void sealsInChainOrder(Consumer<Seal> seals);

    /**
     * Every event and every seal, paired by global index, in global order: an event without a seal comes with null,
     * a seal whose event is gone with a null event.
     */
    void eventsInGlobalOrder(BiConsumer<EventRow, Seal> pairs);

    /** The signed checkpoints, fewest events first. */
    List<Checkpoint> checkpoints();

    /** The public keys the source says it signs with, in PEM; used only when the auditor gives none. */
    List<String> publishedKeys();
}
