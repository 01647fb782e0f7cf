package com.pilotledger.api.review;

import com.pilotledger.api.pilot.PilotEvent;

import java.time.Instant;

/** A gap-closure plan was carried out (possibly after it was flagged overdue). */
public record GapClosurePlanCompleted(String pilotId, String reviewId, String planId, String evidence,
                                      String completedBy, Instant completedAt) implements PilotEvent {
}
