package com.pilotledger.query.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the board row versions in force at an instant without reading the versions that ended before it or began
 * after it. A board as of the middle of the history otherwise reads half of all versions (valid_from before T, or
 * valid_to after T): a million at full size, for ten thousand rows. Each closed version gets a span key: a level, the
 * smallest window of 2^level seconds at least as long as the version, and the window (counted from the epoch) in which
 * it began. A version no longer than its window ends at the latest in the next window, so the versions in force at T
 * have one of two keys per level: T's window or the one before. Reading those keys (two per level, as an index lookup)
 * reads a few times the rows in force, whatever the length of the history. Open versions (valid_to null) have no key
 * and are found by their own index.
 */
final class VersionSpans {

    /**
     * Windows from one second up to 2^35 seconds (1,088 years, longer than any version can last). A burst of events
     * (an import, or the benchmark's history of a few minutes) makes versions of seconds: with windows of an hour at
     * least (V12 to V24) they all shared one key, and the board as of any instant of the burst read every version.
     */
    static final int LEVELS = 36;
    private static final long LEVEL = 1L << 40;

    private VersionSpans() {
    }

    /** The key of a version valid from one instant to another. */
    static long key(Instant from, Instant to) {
        // Counted in whole seconds, one more than the difference: a version ending within its window's last second
        // still ends within the next window.
        long seconds = to.getEpochSecond() - from.getEpochSecond() + 1;
        int level = 0;
        while ((1L << level) < seconds) {
            level++;
        }
        return level * LEVEL + Math.floorDiv(from.getEpochSecond(), 1L << level);
    }

    /** Every key a version in force at the instant can have. */
    static List<Long> keysAt(Instant at) {
        List<Long> keys = new ArrayList<>(2 * LEVELS);
        for (int level = 0; level < LEVELS; level++) {
            long window = Math.floorDiv(at.getEpochSecond(), 1L << level);
            keys.add(level * LEVEL + window);
            keys.add(level * LEVEL + window - 1);
        }
        return keys;
    }
}
