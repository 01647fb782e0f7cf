package com.pilotledger.api.review;

import com.pilotledger.api.pilot.PilotEvent;

import java.time.Instant;
import java.util.Map;

/** A gate review of the pilot was convened with the person named in each stakeholder role. */
public record GateReviewConvened(String pilotId, String reviewId, Map<StakeholderRole, String> participants,
                                 String convenedBy, Instant convenedAt) implements PilotEvent {
}
