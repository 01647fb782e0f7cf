package com.pilotledger.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Every latency of one scenario, kept exactly (no histogram buckets): a run records at most a few hundred thousand,
 * and percentiles of the raw values need no resolution argument. One instance per client thread, merged at the end.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    static Latencies merge(Collection<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.count; i++) {
                all.record(part.nanos[i]);
            }
        }
        return all;
    }

    /** The latency below which the given fraction of the recorded ones fall, in milliseconds (nearest rank). */
    double percentileMillis(double fraction) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1_000_000.0;
    }
}
