package com.pilotledger.app.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The store's history through its tracking stream, which never ends by itself: it is cut at the head the store had when
 * the read began, so a report sees one consistent history and returns.
 */
final class HeadBoundedHistory implements EventHistory {

    private final EventStore store;

    HeadBoundedHistory(EventStore store) {
        this.store = store;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readAll() {
        TrackingToken head = store.createHeadToken();
        if (head == null || head.position().orElse(-1) < 0) {
            return Stream.empty();
        }
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null);
        Iterator<TrackedEventMessage<?>> untilHead = new Iterator<>() {
            private TrackedEventMessage<?> last;

            @Override
            public boolean hasNext() {
                return last == null || !last.trackingToken().covers(head);
            }

            @Override
            public TrackedEventMessage<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    last = stream.nextAvailable();
                    return last;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while reading the event store", e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(untilHead, Spliterator.ORDERED), false)
                .onClose(stream::close);
    }
}
