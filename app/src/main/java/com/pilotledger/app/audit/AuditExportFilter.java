package com.pilotledger.app.audit;

import java.time.Instant;

/**
 * Which events an export holds; every part is optional. {@code aggregateId} is a pilot's id for the pilot's own
 * events (the capital's events about it belong to the portfolio's capital aggregate); {@code eventType} is the
 * event's simple name ({@code SignalRecorded}); {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditExportFilter(String aggregateId, String eventType, String actor, Instant from, Instant to) {

    public AuditExportFilter {
        aggregateId = blankAsNull(aggregateId);
        eventType = blankAsNull(eventType);
        actor = blankAsNull(actor);
    }

    /** The conditions the store cannot check by itself: type and actor, and the time range to the nanosecond. */
    boolean matches(StoredEvent event, Instant occurredAt) {
        return (eventType == null || event.eventType().endsWith("." + eventType) || event.eventType().equals(eventType))
                && (actor == null || actor.equals(event.actor()))
                && (from == null || !occurredAt.isBefore(from))
                && (to == null || occurredAt.isBefore(to));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
