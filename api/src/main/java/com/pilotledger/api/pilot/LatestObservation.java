package com.pilotledger.api.pilot;

import java.time.Instant;

/**
 * Which reading of a domain counts: the latest observation, and between two observed at the same instant, the later
 * recording. A reading observed earlier but entered late stays in the history and never overrides a newer one. The
 * command side and every read model apply this one rule (in SQL: observed_at DESC, then event position DESC).
 */
public final class LatestObservation {

    private LatestObservation() {
    }

    /**
     * Whether a reading observed at {@code candidate}, recorded after the one observed at {@code current}, takes its
     * place; nothing counted yet ({@code current} null) means it does.
     */
    public static boolean supersedes(Instant candidate, Instant current) {
        return current == null || !candidate.isBefore(current);
    }

    /** When the reading was true: its observation, or for an early signal stored without one, its recording. */
    public static Instant observedAt(SignalRecorded signal) {
        return signal.observedAt() != null ? signal.observedAt() : signal.recordedAt();
    }
}
