package com.pilotledger.api.review;

import com.pilotledger.api.pilot.PilotEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A gate review concluded: each signal's status (the most severe any role gave it), the outcome they lead to, the
 * gap-closure plans of the Conditional signals, and the roles that had not assessed.
 */
public record GateReviewConcluded(String pilotId, String reviewId, GateReviewOutcome outcome,
                                  Map<ScaleReadinessSignal, SignalStatus> signals, List<GapClosurePlan> gapClosurePlans,
                                  List<StakeholderRole> rolesNotAssessed, String concludedBy, Instant concludedAt)
        implements PilotEvent {
}
