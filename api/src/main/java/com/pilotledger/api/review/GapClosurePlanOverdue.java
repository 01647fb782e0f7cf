package com.pilotledger.api.review;

import com.pilotledger.api.pilot.PilotEvent;

import java.time.Instant;

/** A gap-closure plan reached its due date without being completed; flagged once, overdue since dueAt. */
public record GapClosurePlanOverdue(String pilotId, String reviewId, String planId, ScaleReadinessSignal signal,
                                    String owner, Instant dueAt) implements PilotEvent {
}
