package com.pilotledger.query.support;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a projection collects over its processor's batch of events and writes once, just before the batch's transaction
 * commits, so that a batch costs a few round trips instead of a few per event.
 * <p>
 * Every limit a column has is checked on the command side before an event exists, so no event's values should make
 * these writes fail. Should one all the same (a limit missed, a constraint added by hand), the write fails the whole
 * batch, not one event, and the processor would retry that batch forever: no handler's savepoint could park the event.
 * So the batch's events are remembered, and a batch that holds any of them again writes each event at once, in its
 * handler (and its savepoint): the refused event fails alone and is parked in the dead-letter queue like any other,
 * while the rest of the batch commits. Once such a batch has committed its events are forgotten. Outside a unit of
 * work (nothing to wait for) every event is written at once as well.
 */
public final class DeferredWrites<T> {

    private static final int REMEMBERED = 10_000;
    private static final Object AT_ONCE = new Object();

    private final Supplier<T> collector;
    private final Consumer<T> write;
    private final boolean replaysOnly;
    private final String resource = DeferredWrites.class.getName() + "@" + System.identityHashCode(this);
    /** The events of batches whose deferred write failed, the most recent ones only. */
    private final Set<String> failed = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));

    /** {@code collector} makes a batch's empty collection; {@code write} writes a whole collection. */
    public DeferredWrites(Supplier<T> collector, Consumer<T> write) {
        this(collector, write, false);
    }

    private DeferredWrites(Supplier<T> collector, Consumer<T> write, boolean replaysOnly) {
        this.collector = collector;
        this.write = write;
        this.replaysOnly = replaysOnly;
    }

    /**
     * Writes deferred in the batches of a replay only (a batch begun with a replayed event); live events are written
     * at once, so the one the database refuses is parked by its handler without holding its batch up for a retry.
     */
    public static <T> DeferredWrites<T> inReplays(Supplier<T> collector, Consumer<T> write) {
        return new DeferredWrites<>(collector, write, true);
    }

    /** The current batch's collection to add to; null when this event is to be written at once. */
    public T collecting() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        if (replaysOnly && !unitOfWork.resources().containsKey(resource)
                && !ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage())) {
            return null;
        }
        Object collection = unitOfWork.getOrComputeResource(resource, key -> start(unitOfWork));
        @SuppressWarnings("unchecked")
        T collecting = collection == AT_ONCE ? null : (T) collection;
        return collecting;
    }

    private Object start(UnitOfWork<?> unitOfWork) {
        List<String> events = BatchPilots.eventsOf(unitOfWork).stream().map(Message::getIdentifier).toList();
        if (events.stream().anyMatch(failed::contains)) {
            unitOfWork.afterCommit(committed -> events.forEach(failed::remove));
            return AT_ONCE;
        }
        T collection = collector.get();
        unitOfWork.onPrepareCommit(committing -> {
            try {
                write.accept(collection);
            } catch (RuntimeException failure) {
                failed.addAll(events);
                throw failure;
            }
        });
        return collection;
    }
}
