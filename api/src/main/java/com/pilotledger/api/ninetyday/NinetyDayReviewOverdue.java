package com.pilotledger.api.ninetyday;

import java.time.Instant;

/** The 90-day review of a scale decision was not completed within the grace period after it fell due. */
public record NinetyDayReviewOverdue(String pilotId, String requestId, Instant dueAt, Instant overdueAt)
        implements NinetyDayReviewEvent {
}
