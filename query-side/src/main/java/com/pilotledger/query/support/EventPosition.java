package com.pilotledger.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The global position of an event in the store: the same on every replay, so rows keyed by it rebuild identically.
 * <p>
 * It is read from the store by event id rather than taken from the tracking token a handler receives: a pooled
 * processor hands its handlers the batch's running token, whose position is the highest seen so far. With concurrent
 * writers an event can fill a gap after a later one was delivered, and the token would give it that later position.
 */
public final class EventPosition {

    private EventPosition() {
    }

    public static long of(EventMessage<?> event, JdbcTemplate jdbc) {
        Long position = jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE event_identifier = ?", Long.class,
                event.getIdentifier());
        if (position == null) {
            throw new IllegalStateException("Event " + event.getIdentifier() + " is not in the event store");
        }
        return position;
    }
}
