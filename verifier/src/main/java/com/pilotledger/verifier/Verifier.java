package com.pilotledger.verifier;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes a sealed log and says whether it is intact, in two passes over the source:
 * <ol>
 *     <li>the chain, seal by seal: every chain hash follows from the one before and the seal's leaf, no seal is
 *     missing, and wherever a signed checkpoint stands the recomputed chain ends in the head it signed (so seals
 *     recomputed after the checkpoint are caught, and a log shorter than a checkpoint is a truncated one), and no seal
 *     after a checkpoint seals an event the checkpoint declared sealed already;</li>
 *     <li>the events, in global order beside their seals: every event hashes to its seal's leaf, every sealed event is
 *     still there, no event is unsealed below the point a checkpoint declared sealed, every aggregate's sequence
 *     numbers run 0, 1, 2... without a gap, and every authorization was within authority ({@link AuthorityProof});
 *     the authority proof needs the whole log (the decision rights, the budget and every commitment), so it is not
 *     run over an excerpt.</li>
 * </ol>
 * Checkpoints count only when signed by one of the given public keys: the auditor's own copies. Given none, the keys
 * the source publishes are used, and the report says so, since whoever can rewrite the source can replace those.
 */
public final class Verifier {

    private final List<PublicKey> auditorKeys;
    private final List<Checkpoint> keptCheckpoints;

    /**
     * @param auditorKeys     the public keys the auditor trusts (empty: those the source publishes)
     * @param keptCheckpoints checkpoints the auditor kept earlier, outside the system; today's log must extend each
     */
    public Verifier(List<PublicKey> auditorKeys, List<Checkpoint> keptCheckpoints) {
        this.auditorKeys = List.copyOf(auditorKeys);
        this.keptCheckpoints = List.copyOf(keptCheckpoints);
    }

    public VerificationReport verify(LedgerSource source) {
        boolean keysFromSource = auditorKeys.isEmpty();
        List<PublicKey> keys = keysFromSource
                ? source.publishedKeys().stream().map(SigningKeys::publicKey).toList()
                : auditorKeys;
        Findings findings = new Findings();
        List<Checkpoint> signed = new ArrayList<>();
        for (Checkpoint checkpoint : source.checkpoints()) {
            if (signedByAny(checkpoint, keys)) {
                signed.add(checkpoint);
            } else {
                findings.add(new Finding(Problem.CHECKPOINT_FORGED, checkpoint.events(), 0, null, "the "
                        + checkpoint + " does not carry a valid signature of " + keyNames(keys)));
            }
        }
        List<Checkpoint> kept = new ArrayList<>();
        for (Checkpoint checkpoint : keptCheckpoints) {
            if (signedByAny(checkpoint, keys)) {
                kept.add(checkpoint);
            } else {
                findings.add(new Finding(Problem.CHECKPOINT_FORGED, checkpoint.events(), 0, null, "your kept "
                        + checkpoint + " does not carry a valid signature of " + keyNames(keys)));
            }
        }
        ChainWalk chain = new ChainWalk(source, signed, kept, findings);
        source.sealsInChainOrder(chain::accept);
        chain.finish();
        EventWalk events = new EventWalk(source.complete(), chain.sealedThrough(), findings);
        source.eventsInGlobalOrder(events::accept);
        return new VerificationReport(findings.list(), findings.total(), chain.seals(), events.events,
                events.pending, chain.latestMatching(), chain.keptResults(), keysFromSource, keyNames(keys),
                source.complete() ? events.authority.report() : null);
    }

    private static boolean signedByAny(Checkpoint checkpoint, List<PublicKey> keys) {
        return keys.stream().anyMatch(checkpoint::signedBy);
    }

    private static String keyNames(List<PublicKey> keys) {
        return keys.isEmpty() ? "no public key (none was given or published)"
                : "key " + String.join(" or ", keys.stream().map(SigningKeys::keyId).toList());
    }

    /** Findings in the order found; past a thousand only counted, so a wholly rewritten log cannot exhaust memory. */
    private static final class Findings {
        private static final int KEPT = 1000;
        private final List<Finding> list = new ArrayList<>();
        private long total;

        void add(Finding finding) {
            total++;
            if (list.size() < KEPT) {
                list.add(finding);
            }
        }

        List<Finding> list() {
            return list;
        }

        long total() {
            return total;
        }
    }

    /** Pass 1: the chain of seals against the signed checkpoints. */
    private static final class ChainWalk {
        private final Findings findings;
        private final boolean complete;
        private final Map<Long, List<Checkpoint>> signedAt = new HashMap<>();
        private final Map<Long, List<Checkpoint>> keptAt = new HashMap<>();
        private final List<Checkpoint> signed;
        private final List<Checkpoint> kept;
        private final List<String> keptResults = new ArrayList<>();
        private final Sealing sealing = new Sealing();
        private byte[] computed;
        private long last = -1;
        private boolean brokenLinkReported;
        /** Once the chain departs from one checkpoint it departs from every later one: the first says where. */
        private boolean contradictionReported;
        private Checkpoint latestMatching;
        /** The first seal after the latest checkpoint found intact: where a rewritten stretch may begin. */
        private Seal stretchStart;
        /**
         * The highest sealed-through of the checkpoints (signed or kept) the chain matched so far: the sealer seals
         * only above the sealed-through of its head, so no later seal may seal an event at or below it.
         */
        private long declaredSealedThrough;

        ChainWalk(LedgerSource source, List<Checkpoint> signed, List<Checkpoint> kept, Findings findings) {
            this.findings = findings;
            this.complete = source.complete();
            this.computed = source.chainBefore().clone();
            this.signed = signed;
            this.kept = kept;
            signed.forEach(checkpoint -> signedAt.computeIfAbsent(checkpoint.events(), n -> new ArrayList<>())
                    .add(checkpoint));
            kept.forEach(checkpoint -> keptAt.computeIfAbsent(checkpoint.events(), n -> new ArrayList<>())
                    .add(checkpoint));
        }

        void accept(Seal seal) {
            if (last < 0 && complete && seal.position() != 1) {
                findings.add(new Finding(Problem.CHAIN_BROKEN, seal.position(), seal.globalIndex(), seal.eventId(),
                        "the chain starts at seal " + seal.position() + ": seals 1 to " + (seal.position() - 1)
                                + " are missing"));
            } else if (last >= 0 && seal.position() != last + 1) {
                findings.add(new Finding(Problem.CHAIN_BROKEN, seal.position(), seal.globalIndex(), seal.eventId(),
                        "seal " + seal.position() + " follows seal " + last + ": the seals between are missing"));
            }
            if (seal.globalIndex() <= declaredSealedThrough) {
                findings.add(new Finding(Problem.EVENT_UNSEALED, seal.position(), seal.globalIndex(),
                        seal.eventId(), "a signed checkpoint before this seal declares every event up to global index "
                        + declaredSealedThrough + " sealed already: this one was put in afterwards and sealed at"
                        + " the end of the chain"));
            }
            if (stretchStart == null) {
                stretchStart = seal;
            }
            computed = sealing.chain(computed, seal.leaf());
            if (!brokenLinkReported && !Arrays.equals(computed, seal.chain())) {
                brokenLinkReported = true;
                findings.add(new Finding(Problem.CHAIN_BROKEN, seal.position(), seal.globalIndex(), seal.eventId(),
                        "its chain hash does not follow from the seals before it"));
            }
            for (Checkpoint checkpoint : signedAt.getOrDefault(seal.position(), List.of())) {
                if (Arrays.equals(computed, checkpoint.head())) {
                    declaredSealedThrough = Math.max(declaredSealedThrough, checkpoint.sealedThrough());
                    if (latestMatching == null || checkpoint.events() > latestMatching.events()) {
                        latestMatching = checkpoint;
                        stretchStart = null;
                    }
                } else if (!contradictionReported) {
                    contradictionReported = true;
                    contradicted(seal, "the " + checkpoint);
                }
            }
            for (Checkpoint checkpoint : keptAt.getOrDefault(seal.position(), List.of())) {
                if (Arrays.equals(computed, checkpoint.head())) {
                    declaredSealedThrough = Math.max(declaredSealedThrough, checkpoint.sealedThrough());
                    keptResults.add("today's log extends your " + checkpoint);
                } else {
                    contradicted(seal, "your kept " + checkpoint);
                    keptResults.add("today's log does NOT extend your " + checkpoint);
                }
            }
            last = seal.position();
        }

        private void contradicted(Seal seal, String checkpoint) {
            Seal from = stretchStart == null ? seal : stretchStart;
            findings.add(new Finding(Problem.CHECKPOINT_CONTRADICTED, from.position(), from.globalIndex(),
                    from.eventId(), "the seals from " + from.position() + " to " + seal.position()
                    + " no longer end in the head of " + checkpoint + ": this stretch was rewritten after it was"
                    + " signed, at or after the event named"));
        }

        void finish() {
            long held = Math.max(last, 0);
            for (Checkpoint checkpoint : signed) {
                truncatedBefore(checkpoint, held, "the");
            }
            for (Checkpoint checkpoint : kept) {
                if (truncatedBefore(checkpoint, held, "your kept")) {
                    keptResults.add("today's log does NOT extend your " + checkpoint);
                }
            }
        }

        private boolean truncatedBefore(Checkpoint checkpoint, long held, String whose) {
            if (checkpoint.events() <= held || !complete) {
                return false;
            }
            findings.add(new Finding(Problem.LOG_TRUNCATED, held + 1, 0, null, whose + " " + checkpoint
                    + " covers " + checkpoint.events() + " sealed events; the log holds " + held
                    + ": the last " + (checkpoint.events() - held) + " were removed"));
            return true;
        }

        long seals() {
            return Math.max(last, 0);
        }

        /** Every event up to this global index was sealed, according to the latest intact checkpoint. */
        long sealedThrough() {
            return latestMatching == null ? 0 : latestMatching.sealedThrough();
        }

        Checkpoint latestMatching() {
            return latestMatching;
        }

        List<String> keptResults() {
            return keptResults;
        }
    }

    /** Pass 2: every event against its seal, the aggregates' sequences, and the authority of every decision. */
    private static final class EventWalk {
        private final boolean complete;
        private final long sealedThrough;
        private final Findings findings;
        private final Sealing sealing = new Sealing();
        private final Map<String, Long> lastSequence = new HashMap<>();
        private final AuthorityProof authority = new AuthorityProof();
        private long events;
        private long pending;

        EventWalk(boolean complete, long sealedThrough, Findings findings) {
            this.complete = complete;
            this.sealedThrough = sealedThrough;
            this.findings = findings;
        }

        void accept(EventRow event, Seal seal) {
            if (event == null) {
                if (complete) {
                    findings.add(new Finding(Problem.EVENT_MISSING, seal.position(), seal.globalIndex(),
                            seal.eventId(), "this sealed event is gone from the store"));
                }
                return;
            }
            events++;
            if (seal == null) {
                if (event.globalIndex() <= sealedThrough) {
                    findings.add(new Finding(Problem.EVENT_UNSEALED, 0, event.globalIndex(), event.eventId(),
                            "a signed checkpoint declares every event up to global index " + sealedThrough
                                    + " sealed, and this one is not: it was put in afterwards"));
                } else {
                    pending++;
                }
            } else if (!Arrays.equals(sealing.leaf(event), seal.leaf())) {
                findings.add(new Finding(Problem.EVENT_ALTERED, seal.position(), event.globalIndex(), event.eventId(),
                        event.eventId().equals(seal.eventId())
                                ? "its stored bytes are not those sealed (type " + event.payloadType()
                                + ", aggregate " + event.aggregateId() + ", sequence " + event.sequenceNumber()
                                + "): payload, metadata or another column was changed"
                                : "event " + seal.eventId() + " was sealed at this place; another event stands here"));
            }
            sequence(event);
            if (complete) {
                authority.accept(event);
            }
        }

        private void sequence(EventRow event) {
            Long previous = lastSequence.put(event.aggregateId(), event.sequenceNumber());
            long expected = previous == null ? 0 : previous + 1;
            boolean inOrder = previous == null
                    ? !complete || event.sequenceNumber() == 0
                    : event.sequenceNumber() == expected || (!complete && event.sequenceNumber() > previous);
            if (!inOrder) {
                findings.add(new Finding(Problem.SEQUENCE_BROKEN, 0, event.globalIndex(), event.eventId(),
                        "aggregate " + event.aggregateId() + " goes from sequence "
                                + (previous == null ? "(none)" : previous) + " to " + event.sequenceNumber()
                                + (event.sequenceNumber() > expected
                                ? ": events " + expected + " to " + (event.sequenceNumber() - 1) + " are missing"
                                : ": out of order or repeated")));
            }
        }
    }
}
