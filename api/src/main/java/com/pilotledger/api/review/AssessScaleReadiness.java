package com.pilotledger.api.review;

import com.pilotledger.api.pilot.PilotCommand;

import java.time.Instant;
import java.util.List;

/** Record one stakeholder role's assessment of all five scale-readiness signals in an open gate review. */
public record AssessScaleReadiness(String pilotId, String reviewId, StakeholderRole role,
                                   List<SignalAssessment> assessments, Instant assessedAt) implements PilotCommand {
}
