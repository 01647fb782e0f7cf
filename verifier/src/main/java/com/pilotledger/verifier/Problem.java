package com.pilotledger.verifier;

/** What the verifier can find wrong with the sealed log, each in words an auditor reads in the report. */
public enum Problem {
    /** The event at a sealed place is not what was sealed there: a column changed, or another event was put there. */
    EVENT_ALTERED("altered event"),
    /** A sealed event is no longer in the store. */
    EVENT_MISSING("missing event"),
    /**
     * An event a checkpoint declares sealed has no seal, or was sealed only after that checkpoint: inserted afterwards.
     */
    EVENT_UNSEALED("unsealed event"),
    /** A seal's chain hash does not follow from the seal before it, or a seal is missing from the chain. */
    CHAIN_BROKEN("broken chain"),
    /** An aggregate's sequence numbers skip, repeat or go back. */
    SEQUENCE_BROKEN("broken sequence"),
    /** A checkpoint's signature is not the signing key's, or the checkpoint was changed after signing. */
    CHECKPOINT_FORGED("forged checkpoint"),
    /** The log no longer ends in the head a checkpoint signed: seals were recomputed after it. */
    CHECKPOINT_CONTRADICTED("rewritten history"),
    /** A checkpoint covers more events than the log still holds. */
    LOG_TRUNCATED("truncated log");

    private final String words;

    Problem(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
