package com.pilotledger.verifier;

import java.util.List;

/**
 * What a verification found: the sealed log intact or the first thing broken (and up to a thousand more), how far
 * signed checkpoints vouch for it, whether the auditor's kept checkpoints are extended, and the authority proof.
 *
 * @param findings         what is wrong, in the order found (at most a thousand; {@code findingsTotal} counts all)
 * @param seals            seals in the chain
 * @param events           events read
 * @param pendingEvents    newest events not sealed yet (no checkpoint declares them sealed)
 * @param latestCheckpoint the latest checkpoint that is signed and that the chain still matches; null when none
 * @param keptResults      one line per checkpoint the auditor kept: extended or not
 * @param keysFromSource   whether the public keys came from the source rather than from the auditor
 * @param authority        the authority proof; null over an excerpt (a pack of one pilot or period), which lacks
 *                         the decision rights and commitments it re-derives
 */
public record VerificationReport(List<Finding> findings, long findingsTotal, long seals, long events,
                                 long pendingEvents, Checkpoint latestCheckpoint, List<String> keptResults,
                                 boolean keysFromSource, String keys, AuthorityReport authority) {

    /** Exit status of the command: 0 intact and within authority, 1 the log was tampered with, 2 authority violated. */
    public int exitCode() {
        if (!intact()) {
            return 1;
        }
        return authority == null || authority.violations().isEmpty() ? 0 : 2;
    }

    /** Whether every seal, event, sequence and checkpoint checked out. */
    public boolean intact() {
        return findingsTotal == 0;
    }

    /** The first thing found wrong, which the report leads with. */
    public Finding firstFinding() {
        return findings.isEmpty() ? null : findings.get(0);
    }

    /** How far the log is vouched for by a signature: the events of the latest intact checkpoint (0 when none). */
    public long verifiedUpTo() {
        return latestCheckpoint == null ? 0 : latestCheckpoint.events();
    }

    public String toText() {
        StringBuilder text = new StringBuilder("Pilot Ledger verification\n\n");
        if (intact()) {
            text.append("INTACT: ").append(seals).append(" seals recomputed, ").append(events)
                    .append(" events match their seals, every aggregate's sequence is whole.\n");
        } else {
            text.append("BROKEN: ").append(firstFinding().toText()).append('\n');
        }
        text.append(latestCheckpoint == null
                ? "No signed checkpoint vouches for the log yet.\n"
                : "Verified up to event " + latestCheckpoint.events() + " by the " + latestCheckpoint + " (head "
                + latestCheckpoint.headHex() + ").\n");
        if (seals > verifiedUpTo()) {
            text.append(seals - verifiedUpTo()).append(" seals after it are consistent but not signed yet.\n");
        }
        if (pendingEvents > 0) {
            text.append(pendingEvents).append(" newest events are not sealed yet.\n");
        }
        text.append("Checkpoints checked against ").append(keys).append(keysFromSource
                ? " as published by the source itself: pass --public-key with your own copy to trust nothing here.\n"
                : ", given to the verifier rather than taken from the source.\n");
        keptResults.forEach(result -> text.append(result).append('\n'));
        if (findingsTotal > 0) {
            text.append('\n').append(findingsTotal).append(findingsTotal == 1 ? " finding" : " findings")
                    .append(findingsTotal > findings.size() ? " (the first " + findings.size() + " listed)" : "")
                    .append(":\n");
            findings.forEach(finding -> text.append("- ").append(finding.toText()).append('\n'));
        }
        return text.append('\n').append(authority == null
                ? "Authority proof: not run over an excerpt, which lacks the decision rights and commitments it"
                + " re-derives; verify the database or a whole-portfolio pack for it.\n"
                : authority.toText()).toString();
    }
}
