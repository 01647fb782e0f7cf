package com.pilotledger.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

/** Positions in the order a test projects its events, as the store would give them; the same event keeps its own. */
public final class OrderedPositions extends EventPositions {

    private final Map<String, Long> positions = new HashMap<>();

    public OrderedPositions(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    public long of(EventMessage<?> event) {
        return positions.computeIfAbsent(event.getIdentifier(), id -> (long) positions.size() + 1);
    }
}
