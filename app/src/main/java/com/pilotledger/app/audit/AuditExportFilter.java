package com.pilotledger.app.audit;

import com.pilotledger.api.audit.AuditTimeBasis;

import java.time.Instant;

/**
 * Which events an export holds; every part is optional. {@code aggregateId} is a pilot's id for the pilot's own
 * events (the capital's events about it belong to the portfolio's capital aggregate); {@code eventType} is the
 * event's simple name ({@code SignalRecorded}); {@code from} is inclusive, {@code to} exclusive, on the time basis
 * given (business time when absent).
 */
public record AuditExportFilter(String aggregateId, String eventType, String actor, Instant from, Instant to,
                                AuditTimeBasis timeBasis) {

    public AuditExportFilter {
        aggregateId = blankAsNull(aggregateId);
        eventType = blankAsNull(eventType);
        actor = blankAsNull(actor);
        timeBasis = timeBasis == null ? AuditTimeBasis.BUSINESS : timeBasis;
    }

    /**
     * The conditions the store cannot check by itself: type and actor, and the time range to the nanosecond; an event
     * whose business time cannot be read is outside every business time range.
     */
    boolean matches(StoredEvent event, Instant recordedAt, Instant businessTime) {
        Instant time = timeBasis == AuditTimeBasis.RECORDED ? recordedAt : businessTime;
        return (eventType == null || event.eventType().endsWith("." + eventType) || event.eventType().equals(eventType))
                && (actor == null || actor.equals(event.actor()))
                && (from == null && to == null || time != null
                        && (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to)));
    }

    /** Whether the store itself can narrow the time range: it knows only when it recorded each event. */
    boolean recordedRange() {
        return timeBasis == AuditTimeBasis.RECORDED;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
