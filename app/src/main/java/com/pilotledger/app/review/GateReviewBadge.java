package com.pilotledger.app.review;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.api.review.GateReviewOutcome;
import com.pilotledger.api.review.GateReviewStanding;

/**
 * The board's gate review badges for one pilot. "Gate review due": a convened review is not concluded yet, or every
 * stabilization domain is established (the readings would allow Authorize Deployment) while no concluded review said
 * proceed; a killed pilot has none due. "Gap-closure plan overdue": a plan passed its due date uncompleted.
 */
public record GateReviewBadge(boolean reviewDue, boolean planOverdue) {

    static GateReviewBadge of(BoardRow row, GateReviewStanding standing) {
        if (row.status() == PilotStatus.KILLED) {
            return new GateReviewBadge(false, false);
        }
        boolean allEstablished = row.readings().size() == StabilizationDomain.values().length
                && row.readings().values().stream().allMatch(level -> level == ReadinessLevel.ESTABLISHED);
        boolean due = standing.reviewOpen()
                || (allEstablished && standing.latestOutcome() != GateReviewOutcome.PROCEED);
        return new GateReviewBadge(due, standing.gapClosurePlanOverdue());
    }
}
