package com.pilotledger.api.review;

import com.pilotledger.api.pilot.PilotEvent;

import java.time.Instant;
import java.util.List;

/**
 * The person in one stakeholder role assessed the five signals (recorded by recordedBy, on their behalf when it is
 * someone else); a later assessment of the same role in the same review replaces this one.
 */
public record ScaleReadinessAssessed(String pilotId, String reviewId, StakeholderRole role, String participant,
                                     List<SignalAssessment> assessments, String recordedBy, Instant assessedAt)
        implements PilotEvent {
}
