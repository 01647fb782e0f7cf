package com.pilotledger.api.review;

import com.pilotledger.api.pilot.PilotCommand;

import java.time.Instant;
import java.util.List;

/** Conclude an open gate review, with a gap-closure plan for each signal it finds Conditional. */
public record ConcludeGateReview(String pilotId, String reviewId, List<GapClosurePlan> gapClosurePlans,
                                 Instant concludedAt) implements PilotCommand {
}
