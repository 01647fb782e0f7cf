package com.pilotledger.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The global position of an event in the store: the same on every replay, so rows keyed by it rebuild identically.
 * <p>
 * On Axon Server it is the event's tracking token: a {@link GlobalSequenceTrackingToken} holding exactly the event's
 * own index, as the store has no gaps. On the JDBC store the token is gap-aware and cannot be trusted for this: with
 * concurrent writers an event can fill a gap after a later one was delivered, and its token then carries that later
 * position. There the position is read from the store by event id.
 * <p>
 * Handlers see events in global order, so one query reads the position of the event asked for and of the ones that
 * follow it, and the next lookups are answered from memory: one query per window instead of one per event, which
 * made a rebuild of a million events wait on a million queries. A position never changes once an event is stored,
 * so remembered positions cannot go stale; the memory is simply emptied when it grows past its bound.
 */
@Component
public class EventPositions {

    static final int WINDOW = 1000;
    private static final int REMEMBERED = 20 * WINDOW;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    public EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long of(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            Optional<GlobalSequenceTrackingToken> token =
                    WrappedToken.unwrap(tracked.trackingToken(), GlobalSequenceTrackingToken.class);
            if (token.isPresent()) {
                return token.get().getGlobalIndex();
            }
        }
        Long position = known.get(event.getIdentifier());
        if (position == null) {
            position = readWindowFrom(event.getIdentifier());
        }
        return position;
    }

    private long readWindowFrom(String eventId) {
        if (known.size() > REMEMBERED) {
            known.clear();
        }
        jdbc.query("""
                SELECT event_identifier, global_index FROM domain_event_entry
                WHERE global_index >= (SELECT global_index FROM domain_event_entry WHERE event_identifier = ?)
                ORDER BY global_index LIMIT ?""", row -> {
            known.put(row.getString(1), row.getLong(2));
        }, eventId, WINDOW);
        Long position = known.get(eventId);
        if (position == null) {
            throw new IllegalStateException("Event " + eventId + " is not in the event store");
        }
        return position;
    }
}
