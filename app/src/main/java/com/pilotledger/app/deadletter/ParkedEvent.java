package com.pilotledger.app.deadletter;

import java.time.Instant;

/**
 * One event parked in a processing group: its sequence (the pilot it concerns, or the aggregate otherwise) and its
 * place in it, what it is, why it failed (none for an event that only waits behind an earlier one of its sequence),
 * when it was parked and last tried, and how often an administrator retried it.
 */
public record ParkedEvent(String processingGroup, String sequence, long sequenceIndex, String eventType,
                          String eventId, String errorType, String errorMessage, Instant parkedAt,
                          Instant lastTouched, int retries) {
}
