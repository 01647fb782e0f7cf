package com.pilotledger.app.projection;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Whether the views are being rebuilt right now, and how far: read by the API, the pages and health. */
@Component
public class RebuildStatus {

    private final AtomicReference<Progress> current = new AtomicReference<>();

    /** The rebuild under way, or nothing when the views are whole. */
    public Optional<Progress> current() {
        return Optional.ofNullable(current.get());
    }

    public void started(long eventsTotal) {
        current.set(new Progress(0, eventsTotal, Instant.now()));
    }

    public void advanced(long eventsDone) {
        current.updateAndGet(progress -> progress == null ? null
                : new Progress(Math.min(eventsDone, progress.eventsTotal()), progress.eventsTotal(),
                progress.startedAt()));
    }

    public void finished() {
        current.set(null);
    }

    /**
     * Events replayed so far (the lowest position any segment has reached) of the store's head when the rebuild
     * began: global index positions, so a lower bound of the events done.
     */
    public record Progress(long eventsDone, long eventsTotal, Instant startedAt) {

        public int percent() {
            return eventsTotal == 0 ? 100 : (int) (100 * eventsDone / eventsTotal);
        }
    }
}
