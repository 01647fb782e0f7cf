package com.pilotledger.app.projection;

import com.pilotledger.api.audit.AuditMetaData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * The events a command sent from this instance has led to, while its sender waits to read its own write: the
 * command's own events and those of the commands they set off (a kill releases the pilot's capital, an authorization
 * runs its process), which inherit the request's correlation id. An event joins the trail once its transaction has
 * committed, so a refused or retried command leaves nothing behind in it.
 */
@Component
public class CommandTrails {

    private final Map<String, Trail> open = new ConcurrentHashMap<>();

    public CommandTrails(EventStore eventStore) {
        eventStore.registerDispatchInterceptor(this::follow);
    }

    /** Starts following the events of the request with this correlation id; close the trail when done. */
    public Trail open(String correlationId) {
        return open.compute(correlationId, (id, trail) -> trail == null ? new Trail(id) : trail.joined());
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> follow(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            Object correlationId = event.getMetaData().get(AuditMetaData.CORRELATION_ID);
            Trail trail = correlationId == null ? null : open.get(correlationId.toString());
            if (trail == null) {
                continue;
            }
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> trail.events.add(event));
            } else {
                trail.events.add(event);
            }
        }
        return (index, event) -> event;
    }

    /**
     * The committed events of one request so far. Requests that share a correlation id (a client may send its own)
     * share a trail, which only makes each wait for a little more.
     */
    public final class Trail implements AutoCloseable {

        private final String correlationId;
        private final List<EventMessage<?>> events = new CopyOnWriteArrayList<>();
        private int holders = 1;

        private Trail(String correlationId) {
            this.correlationId = correlationId;
        }

        private Trail joined() {
            holders++;
            return this;
        }

        /** The events that joined the trail after the first {@code seen}. */
        public List<EventMessage<?>> since(int seen) {
            return List.copyOf(events.subList(Math.min(seen, events.size()), events.size()));
        }

        @Override
        public void close() {
            open.computeIfPresent(correlationId, (id, trail) -> --trail.holders == 0 ? null : trail);
        }
    }
}
