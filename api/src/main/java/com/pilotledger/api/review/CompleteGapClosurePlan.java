package com.pilotledger.api.review;

import com.pilotledger.api.pilot.PilotCommand;

import java.time.Instant;

/** Record that a gap-closure plan was carried out, with the evidence. */
public record CompleteGapClosurePlan(String pilotId, String planId, String evidence, Instant completedAt)
        implements PilotCommand {
}
