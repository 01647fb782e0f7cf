package com.pilotledger.app.integrity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Holes in the global index behind the newest sealed event. A hole is either an append still committing (its event
 * will appear, and is then sealed after events with higher indexes) or a number burned by a transaction that rolled
 * back (a lost race). Neither can be told from the other at once, so a hole is held open until it fills or has been
 * seen for the gap timeout; "every event up to {@link #sealedThrough} is sealed" is only claimed below the oldest
 * open hole. A jump of more than {@link #LONGEST_GAP} numbers is a sequence that skipped, not appends in flight.
 */
final class SealingGaps {

    static final int LONGEST_GAP = 1000;

    private final TreeMap<Long, Instant> open = new TreeMap<>();

    /** Forgets what it knew and takes the holes the database shows: another instance sealed in between. */
    void reset(long sealedThrough, long maxGlobalIndex, Collection<Long> sealedAbove, Instant now) {
        open.clear();
        long expected = sealedThrough + 1;
        for (long index : sealedAbove.stream().sorted().toList()) {
            holes(expected, index, now);
            expected = index + 1;
        }
        holes(expected, maxGlobalIndex + 1, now);
    }

    /** Events just sealed, in global order, above what was the highest sealed index before. */
    void sealed(Collection<Long> indexes, long previousMax, Instant now) {
        long expected = previousMax + 1;
        for (long index : indexes) {
            if (index <= previousMax) {
                open.remove(index);
            } else {
                holes(expected, index, now);
                expected = index + 1;
            }
        }
    }

    /** The holes still open, lowest first. */
    List<Long> open() {
        return List.copyOf(open.keySet());
    }

    void expire(Instant now, Duration timeout) {
        open.values().removeIf(seen -> !seen.plus(timeout).isAfter(now));
    }

    long sealedThrough(long maxGlobalIndex) {
        return open.isEmpty() ? maxGlobalIndex : open.firstKey() - 1;
    }

    private void holes(long from, long to, Instant now) {
        if (to - from <= LONGEST_GAP) {
            for (long index = from; index < to; index++) {
                open.putIfAbsent(index, now);
            }
        }
    }
}
