package com.pilotledger.api.review;

import com.pilotledger.api.pilot.PilotCommand;

import java.time.Instant;
import java.util.Map;

/** Convene a gate review of a pilot, naming the person in each of the five stakeholder roles. */
public record ConveneGateReview(String pilotId, String reviewId, Map<StakeholderRole, String> participants,
                                Instant convenedAt) implements PilotCommand {
}
