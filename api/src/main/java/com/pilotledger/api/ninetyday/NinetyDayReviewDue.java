package com.pilotledger.api.ninetyday;

import java.time.Instant;

/** Ninety days have passed since the scale decision: its review is due, to be completed by the overdue instant. */
public record NinetyDayReviewDue(String pilotId, String requestId, Instant dueAt, Instant overdueAt)
        implements NinetyDayReviewEvent {
}
