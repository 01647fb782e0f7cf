package com.pilotledger.app.projection;

import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the views show the whole event store yet. At first start with the demo the pilots arrive one command at a
 * time, and after a restart or a burst of writes the handlers may still be applying events: until the views are
 * current, the board shows how far they are instead of a partial portfolio that looks complete.
 */
@Component
public class ViewsCatchingUp {

    private static final Logger log = LoggerFactory.getLogger(ViewsCatchingUp.class);

    private final ProjectionCatchUp projections;
    private final AtomicReference<Progress> loading = new AtomicReference<>();

    public ViewsCatchingUp(ProjectionCatchUp projections) {
        this.projections = projections;
    }

    /**
     * How far the views are behind, or nothing when they show everything the store holds, or when the store cannot be
     * reached to tell (Axon Server down): the views are in the database and are shown as they are.
     */
    public Optional<Progress> current() {
        Progress load = loading.get();
        if (load != null) {
            return Optional.of(load);
        }
        try {
            return behindStore();
        } catch (EventStoreException | AxonServerException unreachable) {
            log.debug("The event store's head is unknown; the views are shown as they are", unreachable);
            return Optional.empty();
        }
    }

    private Optional<Progress> behindStore() {
        if (projections.current()) {
            return Optional.empty();
        }
        long head = projections.headPosition();
        return Optional.of(new Progress(Math.min(projections.slowestPosition(), head), head,
                "events applied to the views"));
    }

    /**
     * A load at start-up (the demo portfolio) of a known number of steps: until it ends, the views hold only part of
     * what is coming, even when they are current with the store.
     */
    public Load loading(long steps, String unit) {
        loading.set(new Progress(0, steps, unit));
        return new Load(unit);
    }

    /** A load under way: advance it as steps complete, end it when done (also when it fails). */
    public final class Load implements AutoCloseable {

        private final String unit;

        private Load(String unit) {
            this.unit = unit;
        }

        public void advanced(long stepsDone) {
            loading.updateAndGet(progress -> progress == null ? null
                    : new Progress(Math.min(stepsDone, progress.total()), progress.total(), unit));
        }

        @Override
        public void close() {
            loading.set(null);
        }
    }

    /** Done of total, in the named unit ("events applied to the views", "pilots of the demo portfolio loaded"). */
    public record Progress(long done, long total, String unit) {

        public String label() {
            return done + " of " + total + " " + unit;
        }
    }
}
