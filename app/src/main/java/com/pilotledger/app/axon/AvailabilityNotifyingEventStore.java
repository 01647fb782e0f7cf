package com.pilotledger.app.axon;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An embedded event store whose streams tell a pooled streaming processor when events are available.
 * <p>
 * Axon's pooled processor polls a stream that cannot call back every 500 ms, which would put half a second between
 * a command and its projections. Here one notifier thread tails the store like any consumer (woken at once by a
 * local commit, and by the store's periodic fetch for events appended by other instances) and, as soon as new
 * events are readable, runs the callbacks the processors registered on their streams.
 */
public class AvailabilityNotifyingEventStore extends EmbeddedEventStore {

    private static final Logger log = LoggerFactory.getLogger(AvailabilityNotifyingEventStore.class);

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private volatile Thread notifier;
    private volatile boolean running = true;

    public AvailabilityNotifyingEventStore(Builder builder) {
        super(builder);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        startNotifier();
        return new CallbackStream(super.openStream(trackingToken));
    }

    @Override
    public void shutDown() {
        running = false;
        Thread thread = notifier;
        if (thread != null) {
            thread.interrupt();
        }
        super.shutDown();
    }

    /** Started with the first stream, when the schema exists and a processor is there to be told. */
    private synchronized void startNotifier() {
        if (notifier == null && running) {
            notifier = new Thread(this::notifyWhileRunning, "event-availability-notifier");
            notifier.setDaemon(true);
            notifier.start();
        }
    }

    private void notifyWhileRunning() {
        try (TrackingEventStream tail = super.openStream(createHeadToken())) {
            while (running) {
                if (tail.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    while (tail.hasNextAvailable()) {
                        tail.nextAvailable();
                    }
                    callbacks.forEach(Runnable::run);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (running) {
                log.error("Event availability notifier stopped; processors fall back to polling", e);
            }
        }
    }

    /** A stream of the store that accepts an availability callback; everything else is the store's own stream. */
    private final class CallbackStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private Runnable callback;

        private CallbackStream(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            delegate.close();
        }
    }
}
